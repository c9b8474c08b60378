"""Stage 1, *decode*: bytes or str in, clean Unicode text out.

The order for bytes (docs/robustness.md explains each step):

1. over ``max_bytes``: `InputTooLargeError`;
2. a binary format (magic number, or control bytes a text never has): `BinaryInputError`
   saying what the data looks like;
3. a byte-order mark (UTF-8, UTF-16, UTF-32);
4. UTF-16 or UTF-32 without a BOM (the NUL bytes of Latin text in those encodings;
   the one case where a ``str`` and its UTF-8 bytes can be read differently);
5. strict UTF-8: bytes that are valid UTF-8 are UTF-8 whatever the page declares
   (legacy bytes are almost never valid UTF-8 by accident);
6. damaged UTF-8: valid multi-byte sequences outweigh invalid bytes; the invalid
   ones become U+FFFD, with a warning;
7. the charset the page declares (``<meta charset>``, ``<?xml encoding?>``), read as
   browsers do (a ``latin-1`` label means windows-1252);
8. windows-1252, unless the text it gives is mostly non-ASCII letters (a Cyrillic or
   CJK page): then the detector's guess. Either way with a warning, as it is a guess.

Then, for bytes and str alike: a leading BOM is dropped, NUL bytes and other C0
control characters are removed, lone surrogates become U+FFFD, each with a warning.
`check_decodable` raises `DecodeError` for text that is still mostly U+FFFD.
Mojibake is left as printed (the output contract keeps the text as the page printed
it); `repair_mojibake` is the opt-in repair (``CleanOptions(fix_mojibake=True)``).
"""

from __future__ import annotations

import codecs
import importlib
import re
from collections.abc import Callable

from .errors import BinaryInputError, CleanerError, DecodeError, InputError, InputTooLargeError
from .lazy import compiled_re

# Magic numbers of binary formats people feed to text tools by mistake. Each test is
# a function of the first bytes, so formats whose magic is printable ASCII ("MZ",
# "ID3", "RIFF") also need the binary bytes that follow it: a text page that merely
# starts with those letters is not refused. Each test comes with the first bytes it
# can match (b"": any), so a page is put only to the tests of its first byte.
_MAGIC: tuple[tuple[bytes, Callable[[bytes], bool], str], ...] = (
    (b"%", lambda b: b.startswith(b"%PDF-"), "a PDF document"),
    (b"\x89", lambda b: b.startswith(b"\x89PNG\r\n\x1a\n"), "a PNG image"),
    (b"\xff", lambda b: b.startswith(b"\xff\xd8\xff"), "a JPEG image"),
    (b"G", lambda b: b[:6] in (b"GIF87a", b"GIF89a"), "a GIF image"),
    (b"R", lambda b: b.startswith(b"RIFF") and b[8:12] == b"WEBP", "a WebP image"),
    (b"R", lambda b: b.startswith(b"RIFF") and b[8:12] in (b"WAVE", b"AVI "), "a RIFF audio or video file"),
    (b"IM", lambda b: b[:4] in (b"II*\x00", b"MM\x00*"), "a TIFF image"),
    (b"", lambda b: b[4:12] in (b"ftypavif", b"ftypheic", b"ftypmif1"), "an AVIF or HEIC image"),
    (b"", lambda b: b[4:8] == b"ftyp", "an MP4 or QuickTime video"),
    (b"\x00", lambda b: b.startswith(b"\x00\x00\x01\x00") and len(b) > 6 and b[5] == 0, "an icon image"),
    (b"\x1f", lambda b: b.startswith(b"\x1f\x8b"), "gzip-compressed data (decompress it first)"),
    (b"P", lambda b: b.startswith(b"PK\x03\x04"), "a ZIP archive (or a DOCX/XLSX/EPUB document)"),
    (b"B", lambda b: b[:3] == b"BZh" and b[4:10] == b"1AY&SY", "bzip2-compressed data (decompress it first)"),
    (b"\xfd", lambda b: b.startswith(b"\xfd7zXZ\x00"), "xz-compressed data (decompress it first)"),
    (b"(", lambda b: b.startswith(b"(\xb5/\xfd"), "zstd-compressed data (decompress it first)"),
    (b"7", lambda b: b.startswith(b"7z\xbc\xaf\x27\x1c"), "a 7-Zip archive"),
    (b"R", lambda b: b.startswith(b"Rar!\x1a\x07"), "a RAR archive"),
    (b"\xd0", lambda b: b.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "an old Office document (DOC/XLS/PPT)"),
    (b"S", lambda b: b.startswith(b"SQLite format 3\x00"), "an SQLite database"),
    (b"\x7f", lambda b: b.startswith(b"\x7fELF"), "an executable (ELF)"),
    (b"M", lambda b: b.startswith(b"MZ") and b"\x00" in b[2:64], "an executable (Windows)"),
    (b"\x00", lambda b: b.startswith(b"\x00asm"), "a WebAssembly module"),
    (b"O", lambda b: b.startswith(b"OggS\x00"), "Ogg audio or video"),
    (b"I", lambda b: b.startswith(b"ID3") and b[3:4] in (b"\x02", b"\x03", b"\x04"), "MP3 audio"),
    (b"\x1a", lambda b: b.startswith(b"\x1a\x45\xdf\xa3"), "a Matroska/WebM video"),
    (b"w", lambda b: b.startswith(b"wOFF") or b.startswith(b"wOF2"), "a web font"),
)
#: Per first byte, the magic tests (and what they find) that can match, in `_MAGIC`'s
#: order; other bytes get `_MAGIC_ANY_FIRST`. One look-up instead of 26 calls per page.
_MAGIC_ANY_FIRST = tuple((test, what) for first, test, what in _MAGIC if not first)
_MAGIC_BY_FIRST = {
    byte: tuple((test, what) for first, test, what in _MAGIC if not first or byte in first)
    for byte in {byte for first, _, _ in _MAGIC for byte in first}
}

#: The error for ``fix_mojibake=True`` without ftfy installed.
MOJIBAKE_NEEDS_FTFY = "fix_mojibake=True needs ftfy: pip install 'cleaner-berita[mojibake]'"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with FF FE too
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Compiled where it is used, on first use (`re` keeps it): a UTF-8 page never needs it.
# <meta charset="x">, <meta http-equiv=... content="text/html; charset=x">, <?xml encoding="x"?>
_DECLARED = (
    rb"""(?i)<meta[^>]{0,200}?charset\s{0,20}=\s{0,20}["']?\s{0,20}([A-Za-z0-9_:.-]{1,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s{0,20}=\s{0,20}["']([A-Za-z0-9_:.-]{1,40})"""
)
# C0 controls but tab, newline and carriage return; DEL. C1 controls (U+0080-U+009F)
# are kept: UTF-8 text that has them is mojibake, which the contract keeps as printed.
# Both compiled on first use (`cleaner.lazy`): only a page that may need repair reaches them.
_CONTROL = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
_SURROGATE = r"[\ud800-\udfff]"  # escapes read by re: no surrogate in the source
# Control bytes of binary data (NUL is left out: stray NULs and NUL padding are a
# damaged text's, and are removed, not refused).
_BINARY_CONTROL = bytes((*range(1, 9), *range(14, 32), 0x7F))
# The characters of `_CONTROL` as UTF-8 bytes (one byte each), for a C-speed scan:
# `bytes.__contains__` is a memchr, a regex character class walks the text in Python's
# matcher loop (several times slower on a page). As ints: a one-byte bytes object is
# first tried as an int there, which raises and formats a TypeError per call.
_CONTROL_UTF8 = bytes((*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
_SNIFF = 4096
_STR_TOO_LARGE = "input is over max_bytes={:,} (as UTF-8); raise CleanOptions.max_bytes to accept it"
#: A head with more control bytes than this share (and than `_MIN_CONTROLS`) is
#: binary: random bytes have ~9%, text none but a stray one.
_MAX_CONTROL_SHARE = 0.02
_MIN_CONTROLS = 8
#: Windows-1252 text whose letters are more than this share non-ASCII is not a
#: Western page (Indonesian text: well under 1%); the detector is asked instead.
_MAX_NON_ASCII_LETTERS = 0.3
#: The encodings of the web (WHATWG), as `codecs.lookup` names them; a declared label
#: outside them is ignored.
_WEB_ENCODINGS = frozenset({
    "utf-8", "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6",
    "iso8859-7", "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15",
    "iso8859-16", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "cp1250", "cp1251",
    "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "gbk", "gb18030",
    "big5hkscs", "euc_jp", "iso2022_jp", "cp932", "cp949",
})
#: Labels that browsers read as a superset encoding.
_WHATWG_SUPERSETS = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874",
    "tis-620": "cp874", "gb2312": "gbk", "big5": "big5hkscs", "shift_jis": "cp932", "euc_kr": "cp949",
}
#: Encodings that read Latin-script pages; a detector guess among them is a tie-break
#: between near-identical tables, and windows-1252 (what browsers use) wins it.
_LATIN_FAMILY = frozenset({
    "ascii", "latin_1", "iso8859_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9",
    "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "cp1250", "cp1252",
    "cp1254", "cp1257", "cp437", "cp850", "cp852", "cp858", "cp775", "cp1125", "mac_roman",
    "mac_latin2", "mac_iceland", "mac_turkish", "hp_roman8",
})


def sniff_binary(data: bytes, *, controls: bool = True) -> str | None:
    """Say what binary format ``data`` looks like, or ``None`` when it may be text.
    ``controls=False``: the caller knows ``data`` holds no control byte (NUL included),
    so only the magic numbers can tell (no wide encoding, no binary share to count).

    >>> sniff_binary(b"\\x1f\\x8b\\x08\\x00rest")
    'gzip-compressed data (decompress it first)'
    >>> sniff_binary("Judul berita".encode()) is None
    True
    """
    head = data[:_SNIFF]
    for test, what in _MAGIC_BY_FIRST.get(head[0], _MAGIC_ANY_FIRST) if head else _MAGIC_ANY_FIRST:
        if test(head):
            return what
    if not controls or not head or any(head.startswith(bom) for bom, _ in _BOMS) or sniff_wide_encoding(head):
        return None
    count = len(head) - len(head.translate(None, _BINARY_CONTROL))
    if count > max(_MIN_CONTROLS, len(head) * _MAX_CONTROL_SHARE):
        return f"binary data ({count} control bytes in the first {len(head):,} bytes)"
    return None


def sniff_wide_encoding(head: bytes) -> str | None:
    """The codec of UTF-16/UTF-32 text without a BOM, told by where its NULs are: in
    Latin text every other byte (UTF-16) or three bytes in four (UTF-32) are NUL.

    Such bytes are often valid UTF-8 too (ASCII and NULs), so a ``str`` whose UTF-8
    bytes look like this is the one input whose bytes are read differently.

    >>> sniff_wide_encoding("Judul berita hari ini".encode("utf-16-le"))
    'utf-16-le'
    """
    if len(head) < 16 or b"\x00" not in head:  # every answer below needs many NULs
        return None
    quarter = len(head) // 4
    lanes = [head[i::4].count(0) for i in range(4)]
    # UTF-32 of text below U+10000: two NUL lanes always, a third for Latin text.
    if min(lanes[2], lanes[3]) > quarter * 0.95 and lanes[0] < quarter * 0.05:
        return "utf-32-le"
    if min(lanes[0], lanes[1]) > quarter * 0.95 and lanes[3] < quarter * 0.05:
        return "utf-32-be"
    half = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > half * 0.9 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.9 and odd < half * 0.05:
        return "utf-16-be"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes, as Python names it, or ``None``.

    Labels are read as browsers read them (WHATWG Encoding): only the encodings of the
    web count (``base64``, ``zlib``, ``utf-7`` and Python's other codecs do not), and
    some labels mean a superset, above all ``latin-1``/``ascii`` = windows-1252, so
    curly quotes in 0x80-0x9F survive. A UTF-16/32 label on bytes that read as ASCII
    means nothing.

    >>> declared_charset(b'<meta charset="ISO-8859-1">')
    'cp1252'
    >>> declared_charset(b'<meta charset="base64">') is None
    True
    """
    m = re.compile(_DECLARED).search(data, 0, _SNIFF)
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _WHATWG_SUPERSETS.get(name, name)
    return name if name in _WEB_ENCODINGS else None


def decode(data: object, *, max_bytes: int) -> tuple[str, list[str]]:
    """Turn ``data`` into text. Returns the text and a list of warnings.

    Raises `InputTooLargeError`, `BinaryInputError`, `DecodeError`, or `InputError`
    (neither str nor bytes: ``data`` is typed ``object`` because that is checked here,
    also in the compiled build, whose typed arguments would raise a bare TypeError).

    >>> decode(b"caf\\xe9 \\x93ok\\x94", max_bytes=100)
    ('café “ok”', ['not UTF-8 and no charset declared: read as windows-1252'])
    """
    text, warnings, _ = decode_utf8(data, max_bytes=max_bytes)
    return text, warnings


def decode_utf8(data: object, *, max_bytes: int) -> tuple[str, list[str], bytes | None]:
    """`decode`'s text and warnings, and the text's UTF-8 encoding when decoding had it at
    hand (``None`` otherwise): the bytes given, read as strict UTF-8, or the UTF-8 that a
    ``str`` given was checked in, either one only when the text is exactly what they
    encode (no byte-order mark or control character taken out). The HTML parser reads
    those bytes, not a second encoding of the page.

    >>> decode_utf8(b"caf\\xc3\\xa9", max_bytes=100)
    ('café', [], b'caf\\xc3\\xa9')
    >>> decode_utf8("\\ufeffcafé", max_bytes=100)[2] is None
    True
    """
    warnings: list[str] = []
    utf8: bytes | None = None
    repair: bool | None = None  # whether control characters or lone surrogates need removing (None: ask)
    if isinstance(data, str):
        if len(data) > max_bytes:  # a character is at least one UTF-8 byte
            raise InputTooLargeError(_STR_TOO_LARGE.format(max_bytes))
        # Its UTF-8 bytes, once: the size, the binary sniff and the repair check read them.
        try:
            encoded = data.encode("utf-8")
            surrogates = False
        except UnicodeEncodeError:  # only lone surrogates fail to encode
            encoded = data.encode("utf-8", "surrogatepass")
            surrogates = True
        if len(encoded) > max_bytes:
            raise InputTooLargeError(_STR_TOO_LARGE.format(max_bytes))
        repair = surrogates or _has_control(encoded)
        # Sniffed as its UTF-8 bytes would be, so str and bytes give the same answer.
        what = sniff_binary(encoded[:_SNIFF], controls=repair)
        if what:
            raise BinaryInputError(f"input looks like {what}, not text or HTML")
        text = data
        if not surrogates:
            utf8 = encoded
    elif isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if len(raw) > max_bytes:
            raise InputTooLargeError(
                f"input is {len(raw):,} bytes, over max_bytes={max_bytes:,}; "
                "raise CleanOptions.max_bytes to accept it"
            )
        what = sniff_binary(raw)
        if what:
            raise BinaryInputError(f"input looks like {what}, not text or HTML")
        text, exact = _decode_bytes(raw, warnings)
        if exact:
            # ``raw`` is ``text``'s UTF-8 encoding (a strict UTF-8 read, which admits no
            # lone surrogate and no byte-order mark): the repair check reads it as it is,
            # with no second encoding of the page.
            repair = _has_control(raw)
            utf8 = raw
    else:
        raise InputError(f"clean() takes str or bytes, not {type(data).__name__}")
    if "\ufffd" in text and not warnings:
        warnings.append("input contains U+FFFD replacement characters (damaged before it got here)")
    if text.startswith("\ufeff"):
        text = text[1:]
        utf8 = None
    if repair if repair is not None else _may_need_repair(text):
        text, n = compiled_re(_CONTROL).subn("", text)
        if n:
            warnings.append(f"removed {n:,} NUL bytes and control characters")
        text, m = compiled_re(_SURROGATE).subn("\ufffd", text)
        if m:
            warnings.append(f"replaced {m:,} lone surrogate code points with U+FFFD")
        if n or m:
            utf8 = None
    return text, warnings, utf8


def compiled_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns this module compiles on first use, by name (the objects it matches
    with), for `tests/test_regex_safety.py`."""
    return {"control": compiled_re(_CONTROL), "surrogate": compiled_re(_SURROGATE),
            "entity_run": compiled_re(_ENTITY_RUN)}


def _may_need_repair(text: str) -> bool:
    """False when ``text`` surely has no control characters and no lone surrogates
    (almost every page): one UTF-8 encoding and a memchr per control byte."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # only lone surrogates fail to encode
        return True
    return _has_control(data)


def _has_control(data: bytes) -> bool:
    """Whether the UTF-8 ``data`` holds a character of `_CONTROL` (a memchr per byte value;
    a loop, not ``any()`` over a generator, which cost more than the scans)."""
    for byte in _CONTROL_UTF8:  # noqa: SIM110 (the docstring says why)
        if byte in data:
            return True
    return False


def _decode_bytes(raw: bytes, warnings: list[str]) -> tuple[str, bool]:
    """``raw`` as text, and whether it was read as strict UTF-8 whole (the text's UTF-8
    encoding is then ``raw`` itself)."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _lenient(raw[len(bom):], codec, warnings, f"{codec} (byte-order mark)"), False
    wide = sniff_wide_encoding(raw[:_SNIFF])
    if wide:
        return _lenient(raw, wide, warnings, f"{wide} (no byte-order mark)"), False
    try:
        return raw.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    return _decode_non_utf8(raw, warnings), False


def _decode_non_utf8(raw: bytes, warnings: list[str]) -> str:
    """``raw``, which is not UTF-8 as it is: damaged UTF-8, a declared or detected
    charset, or windows-1252."""
    if _mostly_utf8(raw):
        return _lenient(raw, "utf-8", warnings, "utf-8 (damaged)")
    declared = declared_charset(raw)
    if declared and declared != "utf-8":
        return _lenient(raw, declared, warnings, f"{declared} (declared)")
    latin = raw[:40_000].decode("cp1252", "replace")
    guess = _detect(raw) if _non_ascii_letter_share(latin) > _MAX_NON_ASCII_LETTERS else None
    if guess:
        warnings.append(f"not UTF-8 and no usable charset declared: read as {guess} (detected)")
        return _lenient(raw, guess, warnings, guess)
    if declared == "utf-8":
        warnings.append("declared UTF-8 but is not: read as windows-1252")
    else:
        warnings.append("not UTF-8 and no charset declared: read as windows-1252")
    return _lenient(raw, "cp1252", warnings, "windows-1252")


def _lenient(raw: bytes, codec: str, warnings: list[str], how: str) -> str:
    """Decode, with U+FFFD for each invalid sequence and a warning that counts them."""
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        pass
    text = raw.decode(codec, "replace")
    bad = len(text) - len(raw.decode(codec, "ignore"))
    warnings.append(f"{bad:,} invalid byte sequences replaced with U+FFFD, reading as {how}")
    return text


def _mostly_utf8(raw: bytes) -> bool:
    """True for a UTF-8 page with some damage: its valid multi-byte sequences outweigh
    its invalid bytes. A three- or four-byte sequence counts double, as windows-1252
    text almost never forms one by chance (a two-byte one needs only "É" and "”")."""
    text = raw.decode("utf-8", "ignore")
    n = len(text)
    bad = len(raw.decode("utf-8", "replace")) - n
    # Counted in C, not by a loop per character: a character's UTF-8 length less one is
    # 0 (ASCII), 1 (below U+0800), 2 (below U+10000) or 3 (the rest, which counts 2, as
    # each is two UTF-16 units). The decoder yields no surrogate, so both encodings hold.
    astral = len(text.encode("utf-16-le")) // 2 - n
    valid = len(text.encode("utf-8")) - n - astral
    return valid > bad


def _non_ascii_letter_share(text: str) -> float:
    letters = non_ascii = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            non_ascii += ch > "\x7f"
    return non_ascii / letters if letters else 0.0


def _detect(raw: bytes) -> str | None:
    """charset_normalizer's guess when it is not a Latin single-byte table."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    return None if name in _LATIN_FAMILY else best.encoding


def check_decodable(text: str) -> None:
    """Raise `DecodeError` when decoded text is mostly replacement characters."""
    if "\ufffd" not in text:  # (a memchr-like scan, where counting reads every character)
        return
    bad = text.count("\ufffd")
    if bad > max(16, len(text) // 4):
        raise DecodeError(
            f"input does not decode as text: {bad:,} of {len(text):,} characters are undecodable"
        )


def require_ftfy() -> None:
    """Raise `CleanerError` saying what to install when ftfy is missing."""
    try:
        # Imported at run time every call (the compiled build keeps a module it imported
        # once, so a plain import would not see ftfy removed).
        importlib.import_module("ftfy")
    except ImportError:
        raise CleanerError(MOJIBAKE_NEEDS_FTFY) from None


#: `_repair_entity_runs`: two character references or more in a row (a UTF-8 character's
#: bytes read as windows-1252 and written back as entities: "&acirc;&#128;&#147;").
_ENTITY_RUN = r"(?:&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});){2,}"


def _repair_entity_runs(line: str, fix_encoding: Callable[[str], str]) -> str:
    """``line`` with each run of character references that spells mojibake written back
    in the character ftfy reads it as (``&acirc;&#128;&#147;`` is "â€“", an en dash
    read as windows-1252: a regional WordPress copy of cianjurtoday.com 2022 opens its
    story so, blindother56). The references are read as a browser reads them
    (``html.unescape``: ``&#128;`` is "€"); a run ftfy leaves alone stays as written,
    and a repaired character that is markup is written as a reference again."""
    import html

    def fixed(m: re.Match[str]) -> str:
        refs = [ref + ";" for ref in m.group().split(";")[:-1]]
        printed = [html.unescape(ref) for ref in refs]
        # from the first reference that can open a UTF-8 sequence read as windows-1252
        # ("Â" to "ô"): a real character before it ("&nbsp;&acirc;...") stays as written
        k = next((k for k, c in enumerate(printed) if "\u00c2" <= c <= "\u00f4"), len(refs))
        tail = "".join(printed[k:])
        repaired = fix_encoding(tail) if k < len(refs) - 1 else tail
        return m.group() if repaired == tail else "".join(refs[:k]) + html.escape(repaired, quote=False)

    return compiled_re(_ENTITY_RUN).sub(fixed, line)


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo mojibake (UTF-8 read as windows-1252/latin-1) line by line with ftfy's
    ``fix_encoding``, which changes a line only when the repair is unambiguous.
    Returns the text and the number of lines changed. Line breaks are kept, so line
    numbers in ``removed`` still point at the input's lines.

    >>> repair_mojibake("Harga naik â€“ kata warga\\nbaris biasa")
    ('Harga naik – kata warga\\nbaris biasa', 1)
    """
    require_ftfy()
    from ftfy import fix_encoding

    lines = text.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        if line.isascii():
            if "&" not in line:
                continue
            fixed = _repair_entity_runs(line, fix_encoding)
            if fixed != line:
                lines[i] = fixed
                changed += 1
            continue
        fixed = fix_encoding(line)
        if fixed != line and "\n" not in fixed:
            lines[i] = fixed
            changed += 1
    return "\n".join(lines), changed
