"""Format extractors: each turns a file into RawTables (cells as text, with their source rows).

`extract(path)` sniffs the format from the bytes first and the extension second, so a '.txt' that
is really HTML, or a '.docx' that is not a Word file, is read for what it is or refused with a reason.
"""
from __future__ import annotations

from pathlib import Path

from ..model import Document, ExtractError
from . import csv_ as csv_extract
from . import docx as docx_extract
from . import html as html_extract
from . import pdf as pdf_extract
from . import text as text_extract
from . import xlsx as xlsx_extract
from .guard import MAX_FILE_BYTES, check_zip

EXTRACTORS = {
    "html": html_extract.extract,
    "docx": docx_extract.extract,
    "xlsx": xlsx_extract.extract,
    "pdf": pdf_extract.extract,
    "csv": csv_extract.extract,
    "text": text_extract.extract,
}
PLAN_SUFFIXES = {".html", ".htm", ".aspx", ".php", ".docx", ".xlsx", ".xlsm", ".pdf", ".csv", ".tsv", ".txt", ".doc", ".xls",
                 ".odt", ".ods"}


def sniff_format(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if not head.strip():
        raise ExtractError("empty_file", "the file is empty")
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        names = check_zip(path)
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "content.xml" in names and "mimetype" in names:
            raise ExtractError("opendocument", "an OpenDocument (.odt/.ods) file; save it as .docx or .xlsx and load it again")
        raise ExtractError("unknown_format", "a zip archive that is neither a Word (.docx) nor an Excel (.xlsx) file")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ExtractError(
            "legacy_office", "an old binary Word/Excel (97-2003) file; save it as .docx or .xlsx and load it again"
        )
    if suffix in (".docx", ".xlsx", ".xlsm", ".pdf", ".doc", ".xls", ".odt", ".ods"):
        raise ExtractError("corrupt_file", f"named {suffix} but its bytes are not a {suffix} file (damaged or mislabelled)")
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractError("binary_file", "binary content of an unknown kind; not a plan document")
    lowered = head[:65536].lower()
    if b"<table" in lowered or b"<html" in lowered or b"<!doctype html" in lowered:
        return "html"
    if suffix == ".csv":
        return "csv"
    return "text"


def extract(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Document:
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise ExtractError("too_large", f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for one plan")
    with open(path, "rb") as fh:
        head = fh.read(65536)
    fmt = sniff_format(path, head)
    try:
        return EXTRACTORS[fmt](path)
    except ExtractError:
        raise
    except Exception as exc:  # a library choking on a damaged file: report it, never crash the build
        raise ExtractError("corrupt_file", f"could not be read as {fmt}: {type(exc).__name__}: {str(exc)[:200]}") from exc
