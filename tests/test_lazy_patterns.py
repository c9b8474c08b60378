"""Issue 17 (startup50): the patterns a text page seldom reaches are compiled on first
use, not at import, and the console script freezes the collector as ``python -m
cleaner`` does. Each laziness: a text page's run (a fresh process: this one's other
tests may have compiled them) builds none of them, and built, each is the pattern it
was (same source, same flags, the same object every call)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import regex

from cleaner import engine, lazy, markdown
from cleaner.cli import console, main
from cleaner.html import sniff
from cleaner.passes import text as passes_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

_PROBE = """
import json, sys
import cleaner
from cleaner import lazy
for path in sys.argv[1:]:
    cleaner.clean(open(path, 'rb').read())
print(json.dumps({"regex": lazy.compiled_regex.cache_info().currsize, "re": lazy.compiled_re.cache_info().currsize}))
"""


def _built_by_a_run(*paths: Path) -> dict[str, int]:
    run = subprocess.run([sys.executable, "-c", _PROBE, *map(str, paths)], capture_output=True, text=True,
                         timeout=120, cwd=ROOT, check=True)
    built: dict[str, int] = json.loads(run.stdout)
    return built


def test_a_text_page_compiles_no_lazy_pattern() -> None:
    assert _built_by_a_run(*SEEDS) == {"regex": 0, "re": 0}


def test_a_markdown_page_compiles_the_markdown_patterns(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Judul berita hari ini\n\nParagraf **pertama** dengan [tautan](https://contoh.id/a) di dalamnya, "
                    "yang ditulis untuk tes ini.\n\nParagraf kedua [lagi](https://contoh.id/b) dan **tebal**.\n",
                    encoding="utf-8")
    assert _built_by_a_run(page)["re"] > 0


def test_engine_lazy_patterns_are_the_patterns_they_were() -> None:
    compiled = engine.compiled_patterns()
    assert set(compiled) == set(engine._LAZY_PATTERNS)
    for name, source in engine._LAZY_PATTERNS.items():
        assert compiled[name] is lazy.compiled_regex(source)  # one object a process
        assert compiled[name].pattern == source
        assert compiled[name].flags == regex.compile(source).flags
    # The one that was compiled with regex.IGNORECASE says it inline now.
    assert compiled["site-domain"].flags & regex.IGNORECASE
    assert compiled["site-domain"].search("BERITA.CO.ID") and compiled["site-domain"].search("Kompas.com")
    assert compiled["caps-function-word"].search("MUDA DAN MENGINSPIRASI")


def test_the_sniffer_patterns_are_the_patterns_they_were() -> None:
    compiled = sniff.compiled_patterns()
    assert compiled["first-tag"] is lazy.compiled_regex(sniff._FIRST_TAG)
    assert compiled["first-tag"].flags & regex.IGNORECASE
    assert compiled["trafilatura-doc"].match("<doc id='1'>\n<main>") is not None


def test_a_trafilatura_doc_is_told_once() -> None:
    doc = "\ufeff<doc title='Judul'>\n<main><p>Teks.</p></main></doc>"
    assert sniff.markup_root(doc) == (1, True)
    assert sniff.markup_start(doc) == 1
    # A text corpus's wrapper over plain lines has no <main>: text, not markup.
    assert sniff.markup_root("<doc id='7' url='x'>\nBaris teks.\n</doc>") is None
    assert sniff.markup_root("<!doctype html><html><p>x</p>") == (0, False)


def test_the_unspaced_screen_is_a_regex_class() -> None:
    # `re` compiled the class one BMP code point at a time at every import; the screen
    # itself finds the same characters (test_engine checks it against every code point).
    assert isinstance(passes_text._MAY_BE_UNSPACED, regex.Pattern)
    assert passes_text._MAY_BE_UNSPACED.search("kata “kutipan” — tanda") is None
    assert passes_text._MAY_BE_UNSPACED.search("kata ⺀") is not None


def test_markdown_patterns_keep_their_flags() -> None:
    compiled = markdown.compiled_patterns()
    assert compiled["sign"] is lazy.compiled_re(markdown._SIGN)
    assert all(isinstance(p, re.Pattern) for p in compiled.values())
    assert compiled["sign"].flags & re.MULTILINE
    assert compiled["bold-lead"].flags & re.MULTILINE
    assert not compiled["inline-sign"].flags & re.MULTILINE
    assert markdown.is_markdown("# Judul\n\nTeks **tebal** dan [tautan](https://contoh.id/x) lagi.\n")


def test_console_script_freezes_and_main_does_not() -> None:
    code = ("import gc, sys\n"
            "from cleaner.cli import {fn}\n"
            f"sys.argv = ['cleaner', {str(SEEDS[0])!r}]\n"
            "status = {fn}()\n"
            "print(status, gc.get_freeze_count(), file=sys.stderr)\n")
    frozen = {}
    for fn in ("console", "main"):
        run = subprocess.run([sys.executable, "-c", code.format(fn=fn)], capture_output=True, text=True,
                             timeout=120, cwd=ROOT, check=True)
        status, count = run.stderr.split()
        assert status == "0"
        frozen[fn] = int(count)
        assert run.stdout.startswith("Kementerian Luar Negeri Kazakhstan tidak akan")
    assert frozen["console"] > 0 and frozen["main"] == 0
    assert console is not main


_FIRST_USE = re.compile(r"\bcompiled_re(?:gex)?\((_[A-Z0-9_]+)\)")


def test_every_first_use_pattern_is_in_its_modules_table() -> None:
    # A pattern compiled on first use is screened by tests/test_regex_safety.py only when
    # its module's compiled_patterns() table names it: every `compiled_regex(_NAME)` /
    # `compiled_re(_NAME)` in the package must be there.
    import importlib

    missing = []
    for path in sorted((ROOT / "cleaner").rglob("*.py")):
        names = set(_FIRST_USE.findall(path.read_text(encoding="utf-8")))
        if not names:
            continue
        module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        table = {p.pattern for p in getattr(module, "compiled_patterns", dict)().values()}
        missing += [f"{module.__name__}.{n}" for n in sorted(names) if getattr(module, n) not in table]
    assert missing == []
