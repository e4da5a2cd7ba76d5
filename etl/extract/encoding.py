"""Text of unknown encoding: UTF-8 (with or without BOM), UTF-16 by BOM, then Windows-1252, then a guess.

Windows-1252 comes before any detector: for UK office exports it is nearly always right, and
detectors confuse it with Central European code pages on short texts (turning '£' into 'Ł').
"""
from __future__ import annotations

from charset_normalizer import from_bytes


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "cp1252"):
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
