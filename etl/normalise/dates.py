"""Dates in cells, headings, documents and file names."""
from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateparser

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?,?\s+(20\d\d)\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS})\.?,?\s+(20\d\d)\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](20\d\d|\d\d)\b")
_MONTH_SHORT_YEAR = re.compile(rf"\b({_MONTHS})\.?\s*[-'’/]\s*(\d\d)\b", re.IGNORECASE)  # 'Nov-24', "Mar '25"
_ISO = re.compile(r"\b(20\d\d)-(\d{1,2})(?:-(\d{1,2}))?\b")
# 'Last updated: 14 March 2026', 'As at 31/03/2025', 'Published 21 November 2024'; not 'Update March 2025:',
# which opens an update round inside the plan rather than dating the document
_DOC_DATE = re.compile(
    r"\b(?:updated|as at|as of|date|published|review(?:ed)?)\b\s*(?:on)?\s*[:\-–]?\s*(.{4,40})", re.IGNORECASE
)


def _month(name: str) -> int:
    return dateparser.parse(f"1 {name[:3]} 2000").month


def parse_date(text: str) -> dt.date | None:
    """A date written in a cell: '14/03/2025' (UK day first), '2025-03-14', '14 March 2025', 'March 2025'."""
    text = text.strip()
    if not text:
        return None
    if m := _ISO.search(text):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            return None
    if m := _DAY_MONTH_YEAR.search(text):
        try:
            return dt.date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    if m := _NUMERIC.search(text):
        year = int(m.group(3))
        year = year + 2000 if year < 100 else year
        try:
            return dt.date(year, int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    if m := _MONTH_YEAR.search(text):
        return dt.date(int(m.group(2)), _month(m.group(1)), 1)
    if m := _MONTH_SHORT_YEAR.search(text):
        return dt.date(2000 + int(m.group(2)), _month(m.group(1)), 1)
    return None


def month_of(text: str) -> dt.date | None:
    """The month a heading or file name names ('March 2026 update', 'plan-2025-03.docx'), as its 1st."""
    found = parse_date(text.replace("_", " "))
    return found.replace(day=1) if found else None


def document_date(text: str) -> dt.date | None:
    """The date a document says it was updated ('Updated: 14 March 2026', 'As at 31/03/2025')."""
    for m in _DOC_DATE.finditer(text[:5000]):
        found = parse_date(m.group(1))
        if found:
            return found
    return None
