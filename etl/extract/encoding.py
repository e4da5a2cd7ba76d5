"""Text of unknown encoding: UTF-8 (with or without BOM), UTF-16, else the best guess, else Windows-1252."""
from __future__ import annotations

from charset_normalizer import from_bytes


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding not in ("utf_8",):
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace")  # UK office documents: the usual suspect
