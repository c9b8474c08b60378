"""The distribution's name on the package index and its version (the import name is ``cleaner``).

The index already holds an unrelated project called ``cleaner``: this one is installed
as ``pip install cleaner-berita`` (extras: ``cleaner-berita[scrapy]``, ``[dask]``,
``[mojibake]``) and imported as ``import cleaner``.
"""

DISTRIBUTION = "cleaner-berita"
VERSION = "0.1.0"
