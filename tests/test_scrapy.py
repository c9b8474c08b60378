"""The Scrapy item pipeline: a real crawl of pages served on 127.0.0.1, and the pipeline's settings."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.settings import Settings

import cleaner
from cleaner.integrations.scrapy import DEFAULT_FIELDS, CleanerPipeline, PipelineSettings
from tests.conftest import FIXTURES, ROOT

PAGES = sorted(FIXTURES.glob("*/*.input.*"))  # text scrapes and HTML pages
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
EMPTY = "Beranda\nADVERTISEMENT\nTUTUP\n"

# The crawl runs in its own interpreter (Twisted's reactor cannot be restarted in this one),
# from a file (Scrapy reads the spider's source).
SPIDER = r'''
import json, sys
import scrapy
from scrapy.crawler import CrawlerProcess

start, out, extra = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])

class Pages(scrapy.Spider):
    name = "pages"
    start_urls = [start]

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.page)

    def page(self, response):
        yield {"link": response.url, "slug": response.url.rsplit("/", 1)[-1], "page": response.body}

settings = {
    "ITEM_PIPELINES": {"cleaner.integrations.scrapy.CleanerPipeline": 300},
    "CLEANER_TEXT_FIELD": "page",
    "CLEANER_URL_FIELD": "link",
    "CLEANER_FIELDS": {"outlet": "outlet", "title": "headline", "paragraphs": "paragraphs", "published": "published"},
    "CLEANER_KEEP_INPUT": False,
    "FEEDS": {out: {"format": "jsonlines"}},
    "LOG_LEVEL": "WARNING",
    "ROBOTSTXT_OBEY": False,
    "TELNETCONSOLE_ENABLED": False,
    "DOWNLOAD_TIMEOUT": 20,
    "CLOSESPIDER_TIMEOUT": 60,
    **extra,
}
process = CrawlerProcess(settings)
crawler = process.create_crawler(Pages)
process.crawl(crawler)
process.start()
stats = crawler.stats.get_stats()
print(json.dumps({"dropped": stats.get("item_dropped_count", 0), "scraped": stats.get("item_scraped_count", 0),
                  "errors": stats.get("log_count/ERROR", 0)}))
'''


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """An index page linking to the fixture pages (text scrapes and HTML), an empty page and a PNG."""
    files: dict[str, tuple[str, bytes]] = {}
    for i, page in enumerate(PAGES):
        kind = "text/html" if page.suffix == ".html" else "text/plain"
        files[f"/news/{i}-{page.stem.removesuffix('.input')}"] = (f"{kind}; charset=utf-8", page.read_bytes())
    files["/news/empty"] = ("text/plain; charset=utf-8", EMPTY.encode())
    files["/news/logo"] = ("image/png", PNG)
    links = "".join(f'<a href="{path}">{path}</a>\n' for path in files)
    files["/"] = ("text/html; charset=utf-8", f"<html><body>{links}</body></html>".encode())

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            kind, body = files.get(self.path, ("text/plain", b""))
            self.send_response(200 if self.path in files else 404)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def crawl(site: str, tmp_path: Path, **settings: Any) -> tuple[dict[str, dict[str, Any]], dict[str, int], str]:
    out, script = tmp_path / "items.jsonl", tmp_path / "crawl.py"
    script.write_text(SPIDER, encoding="utf-8")
    r = subprocess.run([sys.executable, str(script), site, str(out), json.dumps(settings)],
                       capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {item["slug"]: item for item in items}, json.loads(r.stdout.splitlines()[-1]), r.stderr


def test_crawl_cleans_every_page(site: str, tmp_path: Path) -> None:
    items, stats, log = crawl(site, tmp_path)
    assert stats == {"dropped": 0, "scraped": len(PAGES) + 2, "errors": 0}, log
    for i, page in enumerate(PAGES):
        item = items[f"{i}-{page.stem.removesuffix('.input')}"]
        want = cleaner.clean(page.read_bytes(), url=item["link"])
        assert item["headline"] == want.title and item["paragraphs"] == list(want.paragraphs)
        assert item["outlet"] == want.outlet and item["published"] == want.published
        assert "page" not in item and "title" not in item and "text" not in item  # CLEANER_FIELDS and KEEP_INPUT
    assert items["empty"]["paragraphs"] == [] and "cleaner_error" not in items["empty"]
    assert "PNG image" in items["logo"]["cleaner_error"] and "headline" not in items["logo"]
    assert "page" not in items["logo"]  # KEEP_INPUT=False holds for failed items too


def test_crawl_drops_empty_items_when_configured(site: str, tmp_path: Path) -> None:
    items, stats, log = crawl(site, tmp_path, CLEANER_DROP_EMPTY=True)
    assert stats == {"dropped": 2, "scraped": len(PAGES), "errors": 0}, log
    assert "empty" not in items and "logo" not in items


def pipeline(**settings: Any) -> CleanerPipeline:
    return CleanerPipeline(PipelineSettings.from_settings(Settings(settings)))


def test_defaults_write_the_record_but_removed_and_drop_the_page() -> None:
    html = PAGES[0].read_text(encoding="utf-8")
    item = pipeline().process_item({"url": "https://www.tempo.co/x", "html": html, "crawl": 7})
    want = cleaner.clean(html, url="https://www.tempo.co/x").to_dict()
    # The item's own url is written over by the record's: it is kept, as it was, under "input".
    assert item == {"url": "https://www.tempo.co/x", "crawl": 7, "input": {"url": "https://www.tempo.co/x"},
                    **{k: want[k] for k in DEFAULT_FIELDS}}


def test_keep_input_keeps_a_bytes_page_as_text() -> None:
    raw = PAGES[0].read_bytes()
    item = pipeline(CLEANER_KEEP_INPUT=True).process_item({"html": raw})
    assert item["html"] == raw.decode("utf-8") and item["paragraphs"]
    json.dumps(item)  # what a feed exporter needs


def test_the_items_metadata_are_hints_and_are_never_lost() -> None:
    page = "Isi berita pertama yang cukup panjang untuk menjadi paragraf cerita ini.\nADVERTISEMENT\n"
    item = pipeline().process_item({"url": "https://contoh.co.id/a", "text": page, "title": "Judul Dari Perayap",
                                    "author": "Ani Lestari", "published": "Diperbarui 18 Jun 2025, 14:05 WIB"})
    assert item["title"] == "Judul Dari Perayap" and item["authors"] == ["Ani Lestari"]
    assert item["published"] == "2025-06-18T14:05:00+07:00" and item["author"] == "Ani Lestari"
    assert item["input"] == {"url": "https://contoh.co.id/a", "title": "Judul Dari Perayap",
                             "published": "Diperbarui 18 Jun 2025, 14:05 WIB"}


def test_html_field_wins_over_text_and_fields_can_be_a_list() -> None:
    p = pipeline(CLEANER_FIELDS=["title"], CLEANER_HTML_FIELD="raw")
    item = p.process_item({"raw": PAGES[1].read_text(encoding="utf-8"), "text": "ignored"}, None)
    assert item["title"] == cleaner.clean(PAGES[1].read_bytes()).title and item["text"] == "ignored"


def test_items_without_a_page() -> None:
    assert pipeline().process_item({"url": "u"}) == {"url": "u", "cleaner_error": "no 'html' or 'text' field"}
    with pytest.raises(DropItem, match="no 'html' or 'text' field"):
        pipeline(CLEANER_DROP_EMPTY="true").process_item({"url": "u"})
    assert pipeline(CLEANER_DROP_EMPTY="False").process_item({"text": EMPTY})["paragraphs"] == []


def test_bad_settings_are_refused() -> None:
    with pytest.raises(NotConfigured, match="unknown record key colour"):
        pipeline(CLEANER_FIELDS=["title", "colour"])
    with pytest.raises(NotConfigured, match="CLEANER_OUTLET"):
        pipeline(CLEANER_OUTLET="koran")


def test_the_readme_spider_runs_as_written(site: str, tmp_path: Path) -> None:
    """The README's spider and settings, unchanged but for the start URL: every item
    reaches Scrapy's own JSON-lines feed (a raw ``response.body`` in the item once made
    every one fail with "Object of type bytes is not JSON serializable")."""
    from tests.readme import block

    source = block("python", "# news_spider.py: python news_spider.py")
    assert 'yield {"url": response.url, "html": response.body}' in source
    script = tmp_path / "news_spider.py"
    script.write_text(source.replace("https://www.contoh.co.id/", site), encoding="utf-8")
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "not JSON serializable" not in r.stderr and "ERROR" not in r.stderr, r.stderr
    items = [json.loads(line) for line in (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(items) == len(PAGES) + 2
    by_url = {item["url"]: item for item in items}
    for i, page in enumerate(PAGES):
        url = f"{site}news/{i}-{page.stem.removesuffix('.input')}"
        want = cleaner.clean(page.read_bytes(), url=url)
        assert by_url[url]["paragraphs"] == list(want.paragraphs) and by_url[url]["title"] == want.title
        assert "html" not in by_url[url]


def test_settings_reach_every_clean_option(tmp_path: Path) -> None:
    from tests.test_cli import CONTOH_PAGE, CONTOH_RULES

    (tmp_path / "contoh.toml").write_text(CONTOH_RULES, encoding="utf-8")
    p = pipeline(CLEANER_RULES=str(tmp_path), CLEANER_HTML_MAIN="precision", CLEANER_MAX_LINE_CHARS="500",
                 CLEANER_FIX_MOJIBAKE="true", CLEANER_TIME_BUDGET="30")
    assert p.cleaner.options == cleaner.CleanOptions(rules_paths=(str(tmp_path),), html_main="trafilatura",
                                                     max_line_chars=500, fix_mojibake=True, time_budget=30.0)
    assert p.process_item({"url": "https://contoh.co.id/a", "text": CONTOH_PAGE})["outlet"] == "contoh"
    with pytest.raises(NotConfigured, match="html_main"):
        pipeline(CLEANER_HTML_MAIN="widest")
    with pytest.raises(NotConfigured, match=r"not a \.toml rule file"):
        pipeline(CLEANER_RULES=str(tmp_path / "nope"))


def test_the_import_error_names_the_distribution() -> None:
    code = ("import sys; sys.modules['scrapy'] = None; sys.modules['itemadapter'] = None\n"
            "try:\n    import cleaner.integrations.scrapy\nexcept ImportError as e:\n    print(e)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert r.stdout.startswith("cleaner.integrations.scrapy needs Scrapy: pip install 'cleaner-berita[scrapy]'")
