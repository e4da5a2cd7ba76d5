"""What a fetched answer is, and the plan text it carries.

The format is sniffed from the bytes (etl.extract.sniff_format), never taken from the server's
Content-Type. The plan text comes from the project's own extractors (etl.extract.extract); `plan_text`
turns a Document into normalised text, so two fetches compare equal when only the website shell
changed: a cookie banner, the "leave this site" line, a rotated timestamp or a tracking parameter.
"""
from __future__ import annotations

import hashlib
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

from ..extract import extract, sniff_format
from ..extract.guard import time_limit
from ..model import ExtractError

SUFFIX = {"html": ".html", "pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "csv": ".csv", "text": ".txt"}
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".xlsx", ".xlsm", ".csv", ".doc", ".xls", ".odt", ".ods")
EXTRACT_SECONDS = 60

# the website shell that is never part of a plan (see the notes on real plan pages)
_BOILERPLATE = re.compile(
    r"cookie|cookie consent|your consent|leave this site|quickly exit|escape key|technical problem|\bbeta\b|feedback will help|"
    r"javascript|your browser|skip to (main )?content|page (generated|rendered|loaded)|accept all|reject all|"
    r"share this page|print this page|back to top",
    re.I,
)
_SHELL_CLASSES = re.compile(r"cookie|consent|gdpr|banner|exit|beta|feedback|skip|breadcrumb|share|social", re.I)
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm|[AP]M)?(?:\s*(?:UTC|GMT|BST|Z|[+-]\d{2}:?\d{2}))?")
_ISO_STAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}T[\d:.]+Z?")
_URL_QUERY = re.compile(r"(https?://[^\s?#]+)[?#]\S*")
_SHELL_ROW = re.compile(r"cookie|leave this site|quickly exit|escape key|technical problem", re.I)
_STAMP_LINE = re.compile(  # a line that is only a date stamp ('Last updated: 14 March 2026'), nothing else
    r"^\s*(?:page\s+)?(?:last\s+)?(?:updated|modified|reviewed|published|generated|retrieved|accessed)(?:\s+(?:on|at))?\s*:?\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|[a-z]+\s+\d{4})?\s*$", re.I)
_PLAN_WORDS = re.compile(r"recommendation|action plan|delivery plan|stalking", re.I)
_ITEM = re.compile(r"(?<![\d.])(\d{1,2}\.\d{1,2})(?![\d.])")
_LINK_PLAN = re.compile(
    r"(action|delivery|improvement|response)[\s_%20-]*plan|stalking|super[\s_%20-]*complaint|read (it |this )?in full|"
    r"full (plan|response)|tracker|lamplugh",
    re.I,
)
_LINK_DOCUMENT = re.compile(r"\b(pdf|word|excel|docx|xlsx|download)\b", re.I)


@dataclass
class Reading:
    format: str  # sniffed: html, pdf, docx, xlsx, csv, text; "" when it is none of them
    text: str | None  # normalised plan text; None when the extractors could not read it
    problem: str = ""  # why it could not be read (for the log)
    items: set[str] = field(default_factory=set)  # reference item numbers the text mentions

    @property
    def fingerprint(self) -> str | None:
        return hashlib.sha256(self.text.encode()).hexdigest() if self.text is not None else None

    def looks_like_plan(self) -> bool:
        return bool(self.text) and bool(_PLAN_WORDS.search(self.text)) and (
            bool(self.items) or "recommendation" in self.text.lower())


def _squash(line: str) -> str:
    line = unicodedata.normalize("NFKC", line)
    line = line.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    line = line.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    line = _URL_QUERY.sub(r"\1", line)
    line = _ISO_STAMP.sub("", line)
    line = _TIME.sub("", line)
    return " ".join(line.split())


def _keep(line: str) -> bool:
    return bool(line) and not _BOILERPLATE.search(line) and not _STAMP_LINE.match(line)


def plan_text(document) -> str:
    """A Document's plan as normalised text: its blocks when the extractor gives them, else its tables
    (and, when there are no tables, its free text), with the website shell and timestamps left out."""
    lines: list[str] = []
    blocks = getattr(document, "blocks", None) or []
    if blocks:
        for block in blocks:
            cells = getattr(block, "cells", None)
            if cells:  # a table row: kept unless it is the shell's (a plan row may well say 'consent')
                text = " | ".join(_squash(c) for c in cells)
                keep = bool(text.strip(" |")) and not _SHELL_ROW.search(text)
            else:
                text = _squash(getattr(block, "text", str(block)) or "")
                keep = _keep(text)
            if keep:
                lines.append(text)
    else:
        for table in getattr(document, "tables", []) or []:
            rows = [" | ".join(_squash(c) for c in row) for row in table.rows]
            rows = [r for r in rows if r.strip(" |") and not _SHELL_ROW.search(r)]
            if rows:
                lines.append(f"[{table.name.split(' ', 1)[0]}]")
                lines.extend(rows)
        if not lines:
            lines = [_squash(line) for line in (getattr(document, "text", "") or "").splitlines()]
            lines = [line for line in lines if _keep(line)]
    return "\n".join(lines)


def clean_html(content: bytes) -> bytes:
    """The page without its shell (scripts, navigation, cookie and exit banners), for reading only:
    the snapshot keeps the bytes as published."""
    soup = BeautifulSoup(content, "lxml")
    for junk in soup(["script", "style", "noscript", "nav", "footer", "header", "iframe", "form", "template"]):
        junk.decompose()
    shell = []
    for element in soup.find_all(True):
        attrs = element.attrs or {}
        marker = " ".join([str(attrs.get("id", "")), *map(str, attrs.get("class", []) or []), str(attrs.get("role", "")),
                           str(attrs.get("aria-label", ""))])
        if element.name in ("html", "body", "main") or not marker.strip() or not _SHELL_CLASSES.search(marker):
            continue
        if element.name != "table" and any("recommendation" in t.get_text(" ").lower() for t in element.find_all("table")):
            continue  # a wrapper that holds the plan itself
        shell.append(element)
    for element in shell:
        if not getattr(element, "decomposed", False):
            element.decompose()
    return str(soup).encode("utf-8")


def read(content: bytes, url: str, item_ids: set[str], scratch: Path | None = None) -> Reading:
    """Sniff and read fetched bytes with the project's extractors."""
    with tempfile.TemporaryDirectory(dir=scratch) as tmp:
        raw = Path(tmp) / "answer.bin"
        raw.write_bytes(content)
        try:
            fmt = sniff_format(raw, content[:65536])
        except ExtractError as exc:
            return Reading("", None, f"{exc.code}: {exc.message}")
        if fmt == "text" and urlsplit(url).path.lower().endswith(".csv"):
            fmt = "csv"
        path = Path(tmp) / f"answer{SUFFIX[fmt]}"
        path.write_bytes(clean_html(content) if fmt == "html" else content)
        try:
            with time_limit(EXTRACT_SECONDS):
                document = extract(path)
        except ExtractError as exc:
            if fmt == "html":  # a page the readers refuse (no table): its visible words still tell a change
                text = html_fallback_text(content)
                return Reading(fmt, text, f"{exc.code}: {exc.message}", {i for i in _ITEM.findall(text) if i in item_ids})
            return Reading(fmt, None, f"{exc.code}: {exc.message}")
        except Exception as exc:  # an extractor bug must not stop the run: compare bytes instead
            return Reading(fmt, None, f"internal_error: {type(exc).__name__}: {str(exc)[:160]}")
    text = plan_text(document)
    return Reading(fmt, text, "", {i for i in _ITEM.findall(text) if i in item_ids})


def html_fallback_text(content: bytes) -> str:
    """Visible words of a page the extractors refuse (no table): enough to tell a change, never loaded."""
    soup = BeautifulSoup(clean_html(content), "lxml")
    lines = [_squash(line) for line in soup.get_text("\n").splitlines()]
    return "\n".join(line for line in lines if _keep(line))


def plan_links(content: bytes, page_url: str, site: str, limit: int = 5) -> list[tuple[str, str]]:
    """(address, link text) of linked plan documents on the same site: a PDF, Word or Excel address (or a
    link that says it is a download) whose text or address says it is the plan."""
    from .client import same_site

    soup = BeautifulSoup(content, "lxml")
    base = soup.find("base", href=True)
    base_url = urljoin(page_url, base["href"]) if base else page_url
    found: dict[str, str] = {}
    for anchor in soup.find_all("a", href=True):
        href = anchor["href"].strip()
        if not href or href.startswith("#"):
            continue
        target = urljoin(base_url, href).split("#", 1)[0]
        if not same_site(target, site) or target == page_url:
            continue
        text = " ".join(anchor.get_text(" ").split()) or str(anchor.get("title") or anchor.get("aria-label") or "")
        path = unquote(urlsplit(target).path)
        is_document = path.lower().endswith(DOCUMENT_SUFFIXES) or bool(_LINK_DOCUMENT.search(text))
        says_plan = bool(_LINK_PLAN.search(text) or _LINK_PLAN.search(path))
        if is_document and says_plan and target not in found:
            found[target] = text[:200]
    return list(found.items())[:limit]
