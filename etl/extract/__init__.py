"""Format extractors: each turns a file into RawTables (cells as text, with their source rows).

`extract(path)` sniffs the format from the bytes first and the extension second, so a '.txt' that
is really HTML, or a '.docx' that is not a Word file, is read for what it is or refused with a reason.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..model import Document, ExtractError
from ..normalise.unpublished import drop_unpublished
from . import csv_ as csv_extract
from . import docx as docx_extract
from . import html as html_extract
from . import pdf as pdf_extract
from . import text as text_extract
from . import xlsx as xlsx_extract
from .encoding import bom_encoding, decode, decode_head
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
    bom = bom_encoding(head)
    if not bom and _binary(head[:4096]):
        raise ExtractError("binary_file", "binary content of an unknown kind; not a plan document")
    text = decode_head(head).lower()
    if not text.strip():
        raise ExtractError("empty_file", "the file is empty")
    if _looks_html(text) or ((suffix in HTML_SUFFIXES or text.lstrip().startswith("<")) and _late_markup(path, bom)):
        return "html"
    if suffix == ".csv":
        return "csv"
    return "text"


HTML_SUFFIXES = {".html", ".htm", ".aspx", ".php", ".xhtml"}
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1a\x1b")


def _binary(head: bytes) -> bool:
    """Binary when control bytes are more than 1 in 20 of the head: a stray NUL in a CSV export is not that."""
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls * 20 > len(head)


def _looks_html(text: str) -> bool:
    return "<table" in text or "<html" in text or "<!doctype html" in text


def _late_markup(path: Path, bom: tuple[str, int] | None, chunk: int = 1 << 20) -> bool:
    """A page whose table comes after 64 KB of scripts, styles or menus: look through the rest of it
    (the file is within the size limit), in its own encoding when it has a BOM."""
    decoder = codecs.getincrementaldecoder(bom[0] if bom else "latin-1")(errors="ignore")
    tail = ""
    with open(path, "rb") as fh:
        if bom:
            fh.read(bom[1])
        for block in iter(lambda: fh.read(chunk), b""):
            text = tail + decoder.decode(block).lower()
            if _looks_html(text):
                return True
            tail = text[-16:]
    return False


def extract(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Document:
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise ExtractError("too_large", f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for one plan")
    with open(path, "rb") as fh:
        head = fh.read(65536)
    fmt = sniff_format(path, head)
    if fmt == "html":
        _check_tag_count(path)
    try:
        document = EXTRACTORS[fmt](path)
    except ExtractError:
        raise
    except (OSError, MemoryError):
        raise  # vanished, unreadable or too big to hold: the build says so, it is not a damaged file
    except Exception as exc:
        if fmt == "pdf" and _encrypted(path, exc):
            raise ExtractError("encrypted_pdf", "the PDF is encrypted (password-protected), so its text cannot be read; "
                               "publish or send a copy without a password") from exc  # a library choking on a damaged file: report it, never crash the build
        raise ExtractError("corrupt_file", f"could not be read as {fmt}: {type(exc).__name__}: {str(exc)[:200]}") from exc
    return drop_unpublished(document)  # rows and sections marked 'not for publication' or 'draft', in any format


MAX_HTML_TAGS = 50_000  # a tag costs ~1-3 KB and ~0.1-0.2 ms to parse: 50,000 keep a page near 150 MB and 12 s (a plan page has a few thousand)
_TAG_START = re.compile(r"<[A-Za-z]")


def _check_tag_count(path: Path) -> None:
    """Refuse, in milliseconds, a page whose parse tree alone would take gigabytes (or recurse 200,000 deep)."""
    tags = len(_TAG_START.findall(decode(path.read_bytes())))
    if tags > MAX_HTML_TAGS:
        raise ExtractError("too_complex", f"the page has {tags:,} tags, over the {MAX_HTML_TAGS:,} one plan may have; "
                           "refused (reading it would take too much memory)")


def _encrypted(path: Path, exc: BaseException) -> bool:
    """pdfminer's password and encryption errors (whatever wraps them), or an /Encrypt entry in the file."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo:
        error = todo.pop()
        if error in seen:
            continue
        seen.append(error)
        todo += [e for e in (error.__cause__, error.__context__, *getattr(error, "args", ())) if isinstance(e, BaseException)]
    if any("PDFPassword" in type(e).__name__ or "PDFEncryption" in type(e).__name__ for e in seen):
        return True
    try:
        with open(path, "rb") as fh:
            return b"/Encrypt" in fh.read()
    except OSError:
        return False
