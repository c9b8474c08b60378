"""Stage 1, *decode*: bytes or str in, clean Unicode text out.

Order for bytes: refuse binary data; a byte-order mark; strict UTF-8 (a page whose
bytes are valid UTF-8 is UTF-8 whatever it declares: legacy bytes are almost never
valid UTF-8 by accident); the charset the page declares; a detector; and last
Windows-1252 with replacement characters and a warning. Control characters and NUL
bytes are removed. Mojibake is left as printed: the output contract keeps the text
as the page printed it.
"""

from __future__ import annotations

import codecs
import re

from .errors import BinaryInputError, DecodeError, InputError, InputTooLargeError

#: Magic numbers of binary formats people feed to text tools by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image, WAV audio or AVI video)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX/XLSX/EPUB document)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"(\xb5/\xfd", "zstd-compressed data (decompress it first)"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "an executable (Windows)"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"OggS", "Ogg audio or video"),
    (b"ID3", "MP3 audio"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="x">, <meta http-equiv=... content="text/html; charset=x">, <?xml encoding="x"?>
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_:.-]{1,40})""",
    re.IGNORECASE,
)
# C0 controls but tab, newline and carriage return; DEL; C1 controls are kept out of
# this set because cp1252-decoded text never has them and UTF-8 text rarely does.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The same characters as UTF-8 bytes (each is one byte there), for a C-speed scan:
# `bytes.__contains__` is a memchr, a regex character class walks the text in Python's
# matcher loop (several times slower on a page).
_CONTROL_BYTES = bytes((*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
_SURROGATE = re.compile("[\ud800-\udfff]")
# Bytes that count as "control" when sniffing for binary data: 0-8 and 14-31.
_BINARY_CONTROL = bytes((*range(0, 9), *range(14, 32)))
_SNIFF = 4096


def sniff_binary(data: bytes) -> str | None:
    """Say what binary format ``data`` looks like, or ``None`` when it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:_SNIFF]
    if not head or any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if _looks_utf16(head):
        return None
    controls = len(head) - len(head.translate(None, _BINARY_CONTROL))
    if controls > len(head) * 0.1:
        return "binary data (many control bytes)"
    return None


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 text without a BOM: NUL in every other byte."""
    if len(head) < 4:
        return False
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    return max(even, odd) > half * 0.6 and min(even, odd) < half * 0.1


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes, normalised by Python's codecs."""
    m = _DECLARED.search(data, 0, _SNIFF)
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    # As browsers do (WHATWG): a page labelled latin-1 is read as windows-1252,
    # so curly quotes in the 0x80-0x9F range survive.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def decode(data: bytes | str, *, max_bytes: int) -> tuple[str, list[str]]:
    """Turn ``data`` into text. Returns the text and a list of warnings.

    Raises `InputTooLargeError`, `BinaryInputError` or `InputError` (wrong type).
    """
    warnings: list[str] = []
    if isinstance(data, str):
        if len(data) > max_bytes // 4 and len(data.encode("utf-8", "surrogatepass")) > max_bytes:
            raise InputTooLargeError(
                f"input is larger than max_bytes={max_bytes:,}; raise CleanOptions.max_bytes to accept it"
            )
        text = data
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
        text = _decode_bytes(raw, warnings)
    else:
        raise InputError(f"clean() takes str or bytes, not {type(data).__name__}")
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\ufffd" in text and not warnings:
        warnings.append("input contains U+FFFD replacement characters")
    if _may_need_repair(text):
        if _CONTROL.search(text):
            text = _CONTROL.sub("", text)
            warnings.append("removed NUL bytes and control characters")
        # Lone surrogates (from surrogateescape'd str) cannot be encoded as UTF-8 output.
        if _SURROGATE.search(text):
            text = text.encode("utf-8", "replace").decode("utf-8")
            warnings.append("replaced lone surrogate code points")
    return text, warnings


def _may_need_repair(text: str) -> bool:
    """False when ``text`` surely has no control characters and no lone surrogates
    (almost every page): one UTF-8 encoding and a memchr per control byte."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # only lone surrogates fail to encode
        return True
    return any(b in data for b in _CONTROL_BYTES)


def _decode_bytes(raw: bytes, warnings: list[str]) -> str:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(codec, "replace")
    head = raw[:_SNIFF]
    if _looks_utf16(head):
        codec = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        return raw.decode(codec, "replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(raw)
    if declared and declared != "utf-8":
        try:
            return raw.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    guess = _detect(raw)
    if guess:
        try:
            return raw.decode(guess)
        except (UnicodeDecodeError, LookupError):
            pass
    if declared == "utf-8" or _mostly_utf8(raw):
        warnings.append("invalid UTF-8 byte sequences replaced with U+FFFD")
        return raw.decode("utf-8", "replace")
    warnings.append("encoding unknown: decoded as windows-1252")
    return raw.decode("cp1252", "replace")


def _mostly_utf8(raw: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences (a damaged UTF-8 page)."""
    text = raw.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    return bad * 20 < sum(1 for b in raw if b >= 0x80)


def _detect(raw: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(raw[:200_000]).best()
    return best.encoding if best else None


def check_decodable(text: str) -> None:
    """Raise `DecodeError` when decoded text is mostly replacement characters."""
    if text and text.count("\ufffd") > max(16, len(text) // 4):
        raise DecodeError("input does not decode as text in any known encoding")
