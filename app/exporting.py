"""Downloads: CSV that a spreadsheet cannot run as formulas (OWASP CSV injection), and Parquet."""
from __future__ import annotations

import io

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value):
    """Prefix a quote to text a spreadsheet would treat as a formula; numbers and other values pass through."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_csv(frame: pd.DataFrame) -> bytes:
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise)
    safe.columns = [neutralise(str(c)) for c in safe.columns]
    # RFC 4180 line ends: with "\r\n" the writer quotes any field holding \r or \n (with "\n" a bare \r
    # in a field goes out unquoted and breaks the file); the BOM makes Excel read UTF-8
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()
