"""The field registry (`cleaner.fields`): one table that the record, the rules, the
engine, the HTML front end and the caller's hints all read."""

from __future__ import annotations

import dataclasses

from cleaner.fields import FIELD_NAMES, FIELDS, LIST_FIELDS, Fields, merge
from cleaner.front import FrontEnd, text_front_end
from cleaner.hints import HINT_KEYS, Hints
from cleaner.record import RECORD_KEYS, Article
from cleaner.rules import FIELDS as RULE_FIELDS

BODY_AND_AUDIT = ("outlet", "url", "paragraphs", "text", "removed")


def test_the_registry_is_the_records_metadata_in_order() -> None:
    attributes = [f.name for f in dataclasses.fields(Article)]
    assert tuple(a for a in attributes if a in RECORD_KEYS and a not in BODY_AND_AUDIT) == FIELD_NAMES
    defaults = {f.name: f.default for f in dataclasses.fields(Article)}
    for field in FIELDS:
        assert field.name in defaults
        assert (defaults[field.name] == ()) is field.many, field.name
    assert frozenset(FIELD_NAMES) == RULE_FIELDS


def test_hints_fill_registry_fields_of_the_same_kind() -> None:
    hint_fields = {f.name: f.default for f in dataclasses.fields(Hints) if f.init}  # not `problems`
    assert set(HINT_KEYS) == set(hint_fields)
    for name, default in hint_fields.items():
        assert name in FIELD_NAMES
        assert (default == ()) is (name in LIST_FIELDS), name


def test_a_printed_value_is_split_and_cleaned_by_its_field() -> None:
    f = Fields()
    f.add("authors", "Kontributor Lhokseumawe, Masriadi dan Budi S.")
    f.add("tags", "#Banjir #Jakarta")
    f.add("tags", "Banjir, Cuaca")
    f.add("summary", "• Harga beras naik")
    f.add("published", "Senin, 18 Juni 2025 14:05 WIB")
    f.add("published", "19 Juni 2025")  # a scalar keeps the first value
    f.add("reading_time_minutes", "Waktu baca 3 menit")
    f.add("captions", "   ")  # nothing
    assert f.get("authors") == ("Masriadi", "Budi S")
    assert f.get("tags") == ("Banjir", "Jakarta", "Cuaca")
    assert f.get("summary") == ("Harga beras naik",)
    assert f.get("published") == "2025-06-18T14:05:00+07:00"
    assert f.get("reading_time_minutes") == 3
    assert f.get("captions") == () and not f.has("captions") and f.has("tags")


def test_an_item_from_markup_is_cleaned_as_a_printed_one_not_split_and_kept_in_page_order() -> None:
    f = Fields()
    f.add_item("authors", "Budi S. dan Ani")  # markup separates names: no split ...
    f.add_item("editors", "Agus S.")  # ... but the same cleaning as a printed name's
    f.add_item("summary", "• Harga beras naik")
    f.add_item("related", "Judul kedua", at=7)
    f.add_item("related", "Judul pertama", at=3)
    f.add_item("related", "Judul pertama", at=9)  # a repeat
    assert f.get("authors") == ("Budi S. dan Ani",) and f.get("editors") == ("Agus S",)
    assert f.get("summary") == ("Harga beras naik",)
    assert f.get("related") == ("Judul pertama", "Judul kedua")


def test_a_hash_tag_bar_loses_its_marks_a_lone_hash_tag_keeps_it() -> None:
    bar, mixed = Fields(), Fields()
    for tag in ("#Banjir", "#Jakarta"):
        bar.add_item("tags", tag)
    for tag in ("Banjir", "#SaveHutan"):
        mixed.add_item("tags", tag)
    assert bar.get("tags") == ("Banjir", "Jakarta")
    assert mixed.get("tags") == ("Banjir", "#SaveHutan")


def test_merge_fills_replaces_and_extends_by_the_registry() -> None:
    have = {"title": "Tebakan", "authors": ("Ani",), "captions": ("Foto satu",), "source": None}
    found = {"title": "Judul", "authors": ("Budi",), "captions": ("Foto satu", "Foto dua"), "source": "Antara"}
    assert merge(have, found) == {"captions": ("Foto satu", "Foto dua"), "source": "Antara"}
    assert merge(have, found, replace=frozenset({"title"}))["title"] == "Judul"


def test_a_text_scrapes_front_end_adds_nothing_to_the_record() -> None:
    front = text_front_end("Judul\n\nIsi berita.", url=None, max_line_chars=1000, max_lines=100)
    assert [b.text for b in front.blocks] == ["Judul", "Isi berita."]
    article = Article(outlet="generic", paragraphs=("Isi berita.",))
    assert front.finish(article) is article
    assert FrontEnd([], hints={"title": "Dari markup"}).finish(article).title == "Dari markup"


def test_a_day_alone_is_told_finer_by_the_markup_date_of_that_day() -> None:
    from cleaner.fields import merge

    record = {"published": "2024-03-05"}
    assert merge(record, {"published": "2024-03-05T09:41:00+07:00"}) == {"published": "2024-03-05T09:41:00+07:00"}
    assert merge(record, {"published": "2024-03-06T09:41:00+07:00"}) == {}
    assert merge({"published": "2024-03-05T08:00:00+07:00"}, {"published": "2024-03-05T09:41:00+07:00"}) == {}
