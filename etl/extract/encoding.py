"""Text of unknown encoding: a BOM first (UTF-8, UTF-16, UTF-32), then UTF-8, then Windows-1252, then a guess.

Windows-1252 comes before any detector: for UK office exports it is nearly always right, and
detectors confuse it with Central European code pages on short texts (turning '£' into 'Ł').
"""
from __future__ import annotations

from charset_normalizer import from_bytes

# longest first: the UTF-32 LE BOM begins with the UTF-16 LE one
BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
        (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length; None without one."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def decode(data: bytes) -> str:
    found = bom_encoding(data)
    if found:
        encoding, skip = found
        return data[skip:].decode(encoding, errors="replace")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    best = from_bytes(data[:200_000]).best()
    if best is not None:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("latin-1")


def decode_head(data: bytes) -> str:
    """The start of a file as text for sniffing: by its BOM when it has one (a cut last character is
    dropped), else byte for byte (markup is ASCII in every other encoding we read)."""
    found = bom_encoding(data)
    if found:
        encoding, skip = found
        return data[skip:].decode(encoding, errors="ignore")
    return data.decode("latin-1")
