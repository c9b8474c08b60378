"""Text renderings of outlets other than Tempo, Kumparan and IDN Times, cleaned as the
scorer does: no URL, no outlet option, the record read from the file alone.

Two kinds of test, as tests/test_text_tki_renderings.py has them for the three outlets:

- the dev corpus's text pages (detik, kompas, liputan6, okezone, republika: the bulk
  crawl gikirima/indonews-scrapper "Dataset new/scrapping_news_2025-06-*.csv" @
  9cabd3b1116cc49c0e66fa5dcccee9083847a4e6) rendered otherwise, each against its gold
  record in ../shared/gold/corpus (read at run time, with the crawl row's title field
  from ../shared/corpus/bulk-2025-06-18.jsonl): every field the rendering holds must
  come out as gold has it, the headline the rendering adds as the crawler's title;
- pages whose rendering's shape (its lines, their order and form, the chrome as printed)
  comes from a real source named in the docstring, filled with sentences we wrote; each
  asserts the whole record.

What the renderings broke before this file's fixes, most first (the harness rendered the
8 gold pages and 63 sampled bulk rows of the five outlets 11 ways): a ``<title>`` line's
site name left in the headline (45 of 51 pages: " - detikNews", " Halaman all -
Kompas.com", " : Okezone News"); a lone "# headline" (trafilatura's and html2text's
Markdown of a story with no link) kept its "#" (36); trafilatura's ``with_metadata``
header read as the story (its "description:" and "sitename:" lines the first
paragraphs, the headline and the dateline lost); a writer's name line between the
headline and the date line under a site menu hid the headline (34); a headline ending in
'?' under a menu opened the story and took the dateline with it. Left as they are:
a crawler's text whose first line glues the headline, the by-line and the date with no
mark between (the name's bounds are unknown), and a story joined into one line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import cleaner
from cleaner.record import Article
from tests.conftest import SHARED
from tests.test_text_real_outlets_b import EMPTY, FIELDS, page, record, rules

# ---- the dev corpus's text pages, rendered otherwise ---------------------------------

GOLDS = sorted(p for p in (SHARED / "gold" / "corpus").glob("*.json")
               if json.loads(p.read_text(encoding="utf-8"))["file"].endswith(".txt"))
#: The record's fields a text page's gold holds (its URL is the manifest's; the scorer
#: passes none).
COMPARED = tuple(f for f in FIELDS if f != "url")


def _titles() -> dict[str, str]:
    """The crawl rows' title fields by URL (of the gold pages the 2025-06-18 file holds)."""
    path = SHARED / "corpus" / "bulk-2025-06-18.jsonl"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        return {row["url"]: row["title"] for row in map(json.loads, f) if row["title"]}


TITLES = _titles()
#: The gold pages whose crawl row gives the headline (five of eight: the others come from
#: the crawl's later files, and its republika rows hold no title).
TITLED = [p for p in GOLDS if json.loads(p.read_text(encoding="utf-8"))["url"] in TITLES]


def _gold(path: Path) -> tuple[dict[str, Any], str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, (SHARED / gold["file"]).read_text(encoding="utf-8")


def _as_gold(got: Article, gold: dict[str, Any]) -> dict[str, object]:
    """The record as gold writes it, without the fields gold leaves unscored (the
    okezone page's sign-off names its editor, whom gold does not score)."""
    skip = {"url", *gold.get("_unscored", ())}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in record(got).items() if k not in skip}


def _expected(gold: dict[str, Any], **changed: object) -> dict[str, object]:
    skip = set(gold.get("_unscored", ()))
    return {**{k: gold[k] for k in COMPARED if k not in skip}, **changed}


def _site(url: str) -> str:
    return re.sub(r"^(?:[a-z]+\.)*?([a-z0-9]+)\.(?:com|co\.id)$", r"\1", url.split("/")[2])


#: `<title>` forms, each as a real page or a crawler printed it: detik "<headline> -
#: detikNews" (a test page's head in the code index, file id 71336253608); kompas
#: "<headline> Halaman all - Kompas.com" (a Perl scraper cuts that suffix, file id
#: 13831234689); liputan6 "<title> - Liputan6.com" (the home page's title as a project
#: stored it, file id 21430141588); okezone "<headline> : Okezone Economy" (its og:title
#: in a scraper's test, file id 74334368); republika "<headline> | Republika Online" (a
#: scraper cuts it, file id 56786052240; Google Alerts rows, file id 1681919730).
TITLE_SUFFIX = {"detik": " - detikNews", "kompas": " Halaman all - Kompas.com", "liputan6": " - Liputan6.com",
                "okezone": " : Okezone Economy", "republika": " | Republika Online"}


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _markdown(text: str, title: str) -> str:
    """The page as a Markdown converter writes it: the headline a level-1 heading (the
    one mark of a page whose links were dropped), paragraphs apart, a "Baca juga:" link
    in bold (tests/test_text_tki_renderings.py's Markdown shape)."""
    out = [f"# {title}", ""]
    for n, line in enumerate(_lines(text)):
        label, colon, linked = line.partition(":")
        if colon and label.lower() == "baca juga" and linked:
            line = f"**{label}: [{linked}](https://www.example/read-{n})**"
        out += [line, ""]
    return "\n".join(out)


def _reader_proxy(text: str, title: str) -> str:
    """Jina Reader's header ("Title:", "URL Source:", "Markdown Content:"; no "Published
    Time:" when the page declares none), then the headline in setext form (the shape of
    stored Reader outputs: the code index's file ids 52925478187 and 22451887192)."""
    return "\n".join([f"Title: {title}", "", "URL Source: https://www.example/read/123", "", "Markdown Content:",
                      title, "=" * len(title), "", *_lines(text)])


def _front_matter(text: str, title: str, site: str) -> str:
    """trafilatura's text output with ``with_metadata=True`` (trafilatura 2.3.1,
    trafilatura/core.py ``determine_returnstring``: a ``---`` header of its
    ``_YAML_FIELDS`` it found, a value YAML would misread written as a JSON string), the
    title as the page's ``<title>`` prints it."""
    header = ["---", f"title: {json.dumps(title + TITLE_SUFFIX[site], ensure_ascii=False)}",
              f"url: https://www.{site}.com/read/123", f"hostname: {site}.com", f"sitename: {site}.com",
              "fingerprint: 5f0e2c1d9a8b7c6d", "---"]
    return "\n".join([*header, *_lines(text)])


Variant = Callable[[str, str, str], str]


def test_the_text_pages_are_here(shared: Path) -> None:
    assert (len(GOLDS), len(TITLED)) == (8, 5)


@pytest.mark.parametrize("variant", [
    pytest.param(lambda t: "\n\n".join(_lines(t)), id="blank-lines"),
    pytest.param(lambda t: "\r\n".join("  " + line for line in t.split("\n")), id="crlf-indented"),
])
@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.stem[9:30])
def test_a_text_page_spaced_otherwise_is_its_gold_record(shared: Path, gold_path: Path,
                                                         variant: Callable[[str], str]) -> None:
    gold, text = _gold(gold_path)
    assert _as_gold(cleaner.clean(variant(text)), gold) == _expected(gold)


@pytest.mark.parametrize("variant", [
    pytest.param(lambda t, h, s: f"{h}\n{t}", id="headline-first"),
    pytest.param(lambda t, h, s: _markdown(t, h), id="markdown"),
    pytest.param(lambda t, h, s: _reader_proxy(t, h), id="reader-proxy"),
    pytest.param(lambda t, h, s: f"{h}{TITLE_SUFFIX[s]}\n{t}", id="title-with-site-name"),
    pytest.param(_front_matter, id="trafilatura-front-matter"),
])
@pytest.mark.parametrize("gold_path", TITLED, ids=lambda p: p.stem[9:30])
def test_a_text_page_rendered_with_its_headline_is_its_gold_record_with_it(shared: Path, gold_path: Path,
                                                                           variant: Variant) -> None:
    """Every field as gold has it, and the crawler's title as the headline. Before: the
    site's name stayed in a ``<title>`` line's headline, the "#" in the Markdown heading
    (one mark was no Markdown page), and trafilatura's header was story (its
    "sitename:" line a paragraph, the headline lost)."""
    gold, text = _gold(gold_path)
    headline = TITLES[gold["url"]]
    got = cleaner.clean(variant(text, headline, _site(gold["url"])))
    assert _as_gold(got, gold) == _expected(gold, title=headline)


# ---- trafilatura's outputs: real shapes, our sentences ---------------------------------

STORY = (
    "Polisi menyerahkan tersangka pencurian kabel bersama barang buktinya ke kejaksaan negeri, Rabu (4/11/2015).",
    "Tersangka ditangkap bulan lalu setelah warga melaporkan kabel telepon di desa mereka hilang.",
    "Kepala kejaksaan mengatakan berkas perkara itu sudah lengkap dan segera dibawa ke pengadilan.",
)


def test_trafilaturas_text_with_its_metadata_header() -> None:
    """trafilatura 2.3.1's ``extract(output_format="txt", with_metadata=True)`` of a
    kompas.com 2015 story (the dev corpus's raw/kompas/anpandu-kompas-singlepage.html,
    anpandu/indonesian-news-scraper test/fixtures @ 9a5174e4): the ``---`` header (the
    title with the site's channel after it, the meta author naming the company, the
    description, a quoted date), the story with its dateline, and the page's by-line
    table as rows between bars. Before: "title: ..." and "author: ..." were head
    chrome, "description: ...", "sitename: KOMPAS.com" and the date the story's first
    paragraphs, the dateline not cut, the by-line rows two more paragraphs."""
    got = cleaner.clean(page(
        "---", "title: Polisi Serahkan Tersangka Pencurian Kabel ke Kejaksaan - Kompas.com Regional",
        "author: Kompas Cyber Media",
        "url: http://regional.kompas.com/read/2015/11/04/21040031/Polisi.Serahkan.Tersangka",
        "hostname: kompas.com", "description: " + STORY[0], "sitename: KOMPAS.com", 'date: "2015-11-04"',
        "fingerprint: c51fed44f58adb74", "---",
        "                        ",
        "KOTA BARU, KOMPAS.com – " + STORY[0], STORY[1] + " ", STORY[2],
        "                                | Penulis | : Kontributor Kota Baru, Rina Wulandari | ",
        "                                            | Editor | : Budi Santoso |"))
    assert record(got) == {
        **EMPTY, "url": "http://regional.kompas.com/read/2015/11/04/21040031/Polisi.Serahkan.Tersangka",
        "title": "Polisi Serahkan Tersangka Pencurian Kabel ke Kejaksaan", "authors": ("Rina Wulandari",),
        "editors": ("Budi Santoso",), "published": "2015-11-04", "dateline": "KOTA BARU", "paragraphs": STORY}
    assert [r.rule for r in got.removed[:10]] == ["front-matter"] * 10


def test_trafilaturas_markdown_with_a_bold_dateline_and_nothing_else_marked() -> None:
    """trafilatura's ``output_format="markdown"`` of the same page: the dateline in bold
    (the page's <strong>), the site's name in italics inside a paragraph, paragraphs
    apart, the by-line table as bar rows. Before: one bold run was no Markdown page
    (two marks were needed), so "**KOTA BARU, KOMPAS.com** –" stayed in the story and
    the dateline was lost."""
    middle = "Kepala polisi mengatakan kepada *Kompas.com,* tersangka sudah dua kali mencuri kabel."
    got = cleaner.clean(page(
        "**KOTA BARU, KOMPAS.com** – " + STORY[0], "", "", STORY[1] + " ", "", "", middle, "", "", STORY[2], "",
        "                                | Penulis | : Kontributor Kota Baru, Rina Wulandari | ",
        "                                            | Editor | : Budi Santoso |"))
    assert record(got) == {
        **EMPTY, "title": None, "authors": ("Rina Wulandari",), "editors": ("Budi Santoso",), "dateline": "KOTA BARU",
        "paragraphs": (STORY[0], STORY[1],
                       "Kepala polisi mengatakan kepada Kompas.com, tersangka sudah dua kali mencuri kabel.",
                       STORY[2])}


def test_a_markdown_table_is_read_as_rows_and_its_separator_goes() -> None:
    """A Markdown table inside a story (trafilatura and Markdown converters print a
    price table so): each row its cells joined by spaces, as the HTML front end joins a
    row's cells; the separator row goes."""
    got = cleaner.clean(page(
        "Jakarta - " + STORY[0], "| Barang | Harga |", "|---|:---:|", "| Kabel tembaga | Rp120.000 |", STORY[1]))
    assert got.paragraphs == (STORY[0], "Barang Harga", "Kabel tembaga Rp120.000", STORY[1])
    assert ("|---|:---:|", "markdown-mark") in rules(got)


def test_a_front_matter_with_a_quoted_title_and_a_labelled_pair_of_writers() -> None:
    """The header of an antaranews.com 2016 page through trafilatura (the dev corpus's
    raw/antaranews/anpandu-antara-singlepage2.html: "author: Pewarta <name> dan <name>",
    the meta author with its label), with a title that holds ": ", which trafilatura
    writes as a JSON string. The label goes, the two writers are the authors."""
    got = cleaner.clean(page(
        "---", 'title: "Harga Cabai: Pedagang Pasar Mengeluh"', "author: Pewarta Rina Wulandari dan Budi S",
        "url: http://www.antaranews.com/berita/123456/harga-cabai", "hostname: antaranews.com",
        "sitename: Antara News Agency", 'date: "2016-02-23"', "---",
        "Bandarlampung (ANTARA News) - " + STORY[0], STORY[1]))
    assert record(got) == {**EMPTY, "url": "http://www.antaranews.com/berita/123456/harga-cabai",
                           "title": "Harga Cabai: Pedagang Pasar Mengeluh",
                           "authors": ("Rina Wulandari", "Budi S"), "published": "2016-02-23",
                           "dateline": "Bandarlampung", "paragraphs": STORY[:2]}


def test_a_front_matter_title_that_opens_with_the_sites_name() -> None:
    """kapanlagi.com's ``<title>`` opens with the site's name and a colon ("KapanLagi.com:
    <headline>": the dev corpus's raw/kapanlagi page through trafilatura; a scraper cuts
    "Kapanlagi.com: Musik - " at the start, the code index's file id 40595523383)."""
    got = cleaner.clean(page(
        "---", "title: \"KapanLagi.com: Penyanyi Muda Rilis Lagu Tentang Kampung Halaman\"",
        "hostname: kapanlagi.com", "sitename: KapanLagi.com", "---", STORY[1], STORY[2]))
    assert got.title == "Penyanyi Muda Rilis Lagu Tentang Kampung Halaman"
    assert got.paragraphs == STORY[1:]


def test_a_page_opening_with_a_rule_over_its_headline_has_no_front_matter() -> None:
    """"---" over lines that are no ``key: value`` pairs is a thematic break: the page is
    read as it was (the rule dropped, the headline and the story kept)."""
    got = cleaner.clean(page("---", "Polisi Serahkan Tersangka Pencurian Kabel", "---",
                             "Jakarta - " + STORY[0], STORY[1]))
    assert (got.title, got.dateline, got.paragraphs) == (
        "Polisi Serahkan Tersangka Pencurian Kabel", "Jakarta", STORY[:2])
    assert "front-matter" not in {r.rule for r in got.removed}


def test_a_lone_level_one_heading_over_a_plain_scrape() -> None:
    """A Markdown converter's output of a page whose story holds no link or bold run:
    the headline as "# <headline>", then the story as plain lines (liputan6.com's glued
    dateline "Liputan6.com, Kota -Story" as the bulk crawl prints it). Before: the
    heading kept its "#" in the title (a page needed two Markdown marks)."""
    got = cleaner.clean(page("# Warga Pesisir Bangun Taman Baca dari Dana Sumbangan", "",
                             "Liputan6.com, Jakarta -" + STORY[1], "", STORY[2]))
    assert record(got) == {**EMPTY, "title": "Warga Pesisir Bangun Taman Baca dari Dana Sumbangan",
                           "dateline": "Jakarta", "paragraphs": STORY[1:]}


def test_a_page_with_more_hash_lines_is_left_as_it_was() -> None:
    """"# Tag" lines of a tag bar are no headings: on a page that prints more than one
    line opening with "#" and no other Markdown mark, the first line's "#" is not read
    as a heading's either (`lone_heading` takes nothing): the page is cleaned as before."""
    got = cleaner.clean(page("# Taman Baca Pesisir Kota", "Jakarta - " + STORY[1], STORY[2], "# Pesisir", "# Taman"))
    assert (got.title, got.dateline, got.paragraphs) == (
        "# Taman Baca Pesisir Kota", "Jakarta", (*STORY[1:], "# Pesisir", "# Taman"))


# ---- a page's <title> line: the site's name after the headline -------------------------

HEADLINE = "Warga Pesisir Bangun Taman Baca dari Dana Sumbangan"


@pytest.mark.parametrize("suffix", [
    " - detikNews",                # code index file id 71336253608 (a test page's <title>)
    " Halaman all - Kompas.com",   # file id 13831234689 (a Perl scraper cuts it)
    " - Halaman 2 - Tribunnews.com",
    " - Tribunnews.com",           # file id 25216245998 (a crawler's stored titles)
    " - CNN Indonesia",            # file id 54559969907 (a scraper cuts it)
    " - ANTARA News",              # file id 67282214059 (a page's <title>)
    " : Okezone Economy",          # file id 74334368 (og:title)
    " : Okezone techno",           # file id 22494019410 (meta title)
    " - SINDOnews",
    " - News Liputan6.com",
])
def test_the_sites_name_after_the_headline_goes(suffix: str) -> None:
    """A crawler's text that opens with the page's ``<title>`` (as Tempo's, kumparan's and
    IDN Times' " | Site" forms in tests/test_text_tki_renderings.py). Before, only a
    bar parted the site's name: a dash or a spaced colon left it in the headline."""
    got = cleaner.clean(page(HEADLINE + suffix, "Jakarta - " + STORY[1], STORY[2]))
    assert record(got) == {**EMPTY, "title": HEADLINE, "dateline": "Jakarta", "paragraphs": STORY[1:]}


@pytest.mark.parametrize("headline", [
    "Persib Menang Telak di Kandang - Laga Tandang Berikutnya",
    "Harga Cabai Naik Jelang Lebaran - Pedagang Mengeluh",
    "Liga 1 Pekan Ketujuh Dimulai Hari Ini - PSIS Semarang",
    "Spesifikasi Lengkap Ponsel Baru Apple - iPhone 16 Pro",
    "Jokowi Tegaskan Sikap Pemerintah : Tidak Ada Impor",
])
def test_a_dash_that_parts_a_headlines_own_halves_stays(headline: str) -> None:
    """What follows the dash shows no site's name (no domain, no brand that changes case
    inside a word after a run of small letters, no capitals over "News" or
    "Indonesia"), nor what follows a spaced colon (no brand over a channel's English
    name): the headline stays whole."""
    got = cleaner.clean(page(headline, "Jakarta - " + STORY[1], STORY[2]))
    assert got.title == headline


# ---- a browser's copy and a crawler's row: the headline over the dateline -----------------

def test_a_question_headline_under_a_menu_is_no_story_start() -> None:
    """A browser's copy of a 2025 liputan6.com story under the site's channel menu (the
    channel names as the bulk crawl's URLs spell them: news, bisnis, saham, regional,
    health, bola, lifestyle), the headline ending in '?', then the story whose first
    line opens with the dateline (the bulk crawl's "Liputan6.com, Jakarta -Story").
    Before: the headline read as a sentence opened the story; the dateline under it,
    inside the story, was not read, and no headline was found."""
    headline = "Harga Kabel Tembaga Melonjak, Bagaimana Nasib Pencuri Kecil?"
    got = cleaner.clean(page("Liputan6.com", "News", "Bisnis", "Saham", "Regional", "Health", "Bola", "Lifestyle",
                             "Home", headline, "Liputan6.com, Jakarta -" + STORY[1], STORY[2]))
    assert record(got) == {**EMPTY, "title": headline, "dateline": "Jakarta", "paragraphs": STORY[1:]}


@pytest.mark.parametrize("headline", [
    "Benarkah Kabel Tembaga Mudah Dicuri? Ini Penjelasan Polisi",
    "Mengenal Rina C. Wulandari: Jaksa Pemburu Pencuri Kabel",
])
def test_a_crawlers_title_over_its_dateline_story_is_the_headline(headline: str) -> None:
    """A crawler's row with its title field put over its text (the bulk crawl's
    kompas.com rows 828 and 1864 print such titles: a '?' inside, a person's initial).
    Before: a generic page's headline could hold neither, so the line was head chrome
    and the record had no title."""
    got = cleaner.clean(page(headline, "JAKARTA, KOMPAS.com– " + STORY[1], STORY[2]))
    assert record(got) == {**EMPTY, "title": headline, "dateline": "JAKARTA", "paragraphs": STORY[1:]}


def test_a_writer_and_editor_line_between_the_headline_and_the_date_line() -> None:
    """A browser's copy of a 2025 kompas.com story under its channel menu: the headline,
    the writer's and the editor's names on one line with no label, the date line
    ("Kompas.com - 18/06/2025, 21:35 WIB", as the bulk crawl's kompas rows print the
    by-line and date: "Irfan Kamil, Jessi Carina" / "Kompas.com- 18/06/2025, 21:35 WIB"),
    then the story. Before: the names line stopped the headline search over the date
    line, and the page's menu word nearest it, or nothing, was the headline."""
    got = cleaner.clean(page("Kompas.com", "News", "Nasional", "Regional", "Megapolitan", "Global", "Money",
                             "Bola", "Tekno", HEADLINE, "Rina Wulandari, Budi Santoso",
                             "Kompas.com - 18/06/2025, 21:35 WIB",
                             "JAKARTA, KOMPAS.com - " + STORY[1], STORY[2]))
    assert record(got) == {**EMPTY, "title": HEADLINE, "authors": ("Rina Wulandari", "Budi Santoso"),
                           "published": "2025-06-18T21:35:00+07:00", "dateline": "JAKARTA",
                           "paragraphs": STORY[1:]}


# ---- another outlet's page is never claimed from one shared word ------------------------

@pytest.mark.parametrize("word", ["Reporter", "Baca Selengkapnya", "Intinya Sih...", "Verified Writer"])
def test_one_widget_word_claims_no_page_for_an_outlet(word: str) -> None:
    """A widget word that tempo.co or IDN Times prints, alone on its line on another
    site's page (a sindonews.com page's "Baca Selengkapnya" link, cleaner/detect.py; a
    "Reporter" label over a by-line box; IDN Media's "Intinya Sih..." box on its other sites, generic.toml's
    key-points rule): the page stays generic. Before, each made the page tempo's or IDN
    Times', whose first-line headline and sentence story modes then read it."""
    got = cleaner.clean(page(HEADLINE, "Jakarta - " + STORY[1], STORY[2], word, "Rina Wulandari"))
    assert got.outlet == "generic"
    assert got.title == HEADLINE and got.paragraphs[:2] == STORY[1:]


def test_two_widget_words_of_one_outlet_or_its_dateline_still_claim_the_page() -> None:
    """The same words beside another of the outlet's marks: its page (Tempo's by-line box
    and read-more button; its dateline)."""
    assert cleaner.clean(page(HEADLINE, "Reporter", "Rina Wulandari", "Jakarta - " + STORY[1], STORY[2],
                              "Baca Selengkapnya")).outlet == "tempo"
    assert cleaner.clean(page(HEADLINE, "Reporter", "Rina Wulandari",
                              "TEMPO.CO, Jakarta - " + STORY[1], STORY[2])).outlet == "tempo"


def test_a_liputan6_amp_page_with_its_channel_promo_under_each_part() -> None:
    """liputan6.com/amp/4202028 (2020) and m.liputan6.com/bisnis/read/4458653 (2021), as
    stored in the search library's pages corpus: the headline, a deck, "oleh <name>
    diperbarui <date>" on one line, the photo's caption with its credit in brackets, the
    story under "Liputan6.com, Jakarta - ", "Advertisement", the video prompt, the
    channel promo as a list item ("* Follow Official WhatsApp Channel Liputan6.com ..."),
    then "2 dari 3 halaman" and the next part's numbered heading. Before: the promo,
    with its bullet, stayed in the story (follow-promo read it only at the line's start)."""
    headline = "Taman Baca Pesisir Dibuka, Siapa yang Boleh Meminjam Buku?"
    caption = "Warga membaca buku di taman baca pesisir, Sabtu (14/3/2020). (Liputan6.com/Budi Santoso)"
    promo = ("* Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita-berita terkini dengan "
             "mengklik tautan ini.")
    got = cleaner.clean(page(
        headline, "Berikut ini syarat meminjam buku di taman baca pesisir yang dibuka pekan ini.",
        "oleh Rina Wulandari diperbarui 15 Mar 2020, 07:00 WIB", caption,
        "Liputan6.com, Jakarta - " + STORY[1], "Advertisement", STORY[2],
        "Saksikan Video Pilihan di Bawah Ini:", promo,
        "2 dari 3 halaman", "2. Perpustakaan Keliling Kembali Beroperasi",
        "Mobil perpustakaan keliling kembali menyambangi sekolah di pinggiran kota."))
    assert record(got) == {
        **EMPTY, "title": headline, "authors": ("Rina Wulandari",), "dateline": "Jakarta", "captions": (caption,),
        "paragraphs": (STORY[1], STORY[2], "2. Perpustakaan Keliling Kembali Beroperasi",
                       "Mobil perpustakaan keliling kembali menyambangi sekolah di pinggiran kota.")}
    assert (promo, "follow-promo") in rules(got)


def test_a_front_matter_url_is_the_records_and_tells_the_outlet() -> None:
    """trafilatura's header names the page's address (``url:``): with no URL from the
    caller it is the record's (SPEC: the url from the page itself) and tells the outlet
    by its host, as a reader proxy's "URL Source:" does; a caller's URL wins, and a
    value that is no http(s) address is none."""
    lines = ("---", "title: Warga Gotong Royong Bersihkan Saluran Air", "url: https://www.tempo.co/read/123/warga",
             "hostname: tempo.co", "---", "Warga Gotong Royong Bersihkan Saluran Air", STORY[0], STORY[1])
    got = cleaner.clean(page(*lines))
    assert (got.url, got.outlet) == ("https://www.tempo.co/read/123/warga", "tempo")
    assert got.paragraphs == STORY[:2]
    caller = cleaner.clean(page(*lines), url="https://www.example.com/a")
    assert (caller.url, caller.outlet) == ("https://www.example.com/a", "generic")
    odd = cleaner.clean(page("---", "title: Warga Gotong Royong Bersihkan Saluran Air", "url: /read/123/warga",
                             "---", "Warga Gotong Royong Bersihkan Saluran Air", STORY[0], STORY[1]))
    assert (odd.url, odd.outlet) == (None, "generic")
