"""Adapters for crawling and cluster frameworks, each behind an optional extra.

- `cleaner.integrations.scrapy`: ``CleanerPipeline``, a Scrapy item pipeline (``cleaner-berita[scrapy]``).
- `cleaner.integrations.dask`: clean a Dask bag of pages, files or JSONL on a cluster (``cleaner-berita[dask]``).

Nothing here is imported by ``import cleaner``: the frameworks load only when one of
these modules is imported.
"""
