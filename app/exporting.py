"""Downloads: CSV that a spreadsheet cannot run as formulas (OWASP CSV injection), and Parquet."""
from __future__ import annotations

import datetime as dt
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


# control characters a worksheet cannot hold (openpyxl refuses them)
_ILLEGAL = {c: None for c in [*range(0, 9), 11, 12, *range(14, 32)]}
EXTRA_MEANINGS = {"item_title": "the sub-item's title in the report (→ `recommendations.title`)",
                  "overdue": "past its recommendation's deadline at the as-of date and not done or not applicable",
                  "days_overdue": "days past the deadline at the as-of date (empty when not overdue)"}


def data_dictionary(columns) -> pd.DataFrame:
    """What each column means, from README.md's data dictionary (the warehouse contract, held in step with the
    schema by the tests)."""
    from pathlib import Path

    readme = Path(__file__).resolve().parent.parent / "README.md"
    meanings: dict[str, tuple[str, str]] = {}
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    for line in text.split("(data dictionary)", 1)[-1].split("\n## ", 1)[0].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 3 and cells[0] not in ("column", "---") and not cells[0].startswith("-"):
            meanings.setdefault(cells[0], (cells[1], " | ".join(cells[2:])))
    rows = []
    for column in columns:
        kind, meaning = meanings.get(column, ("", EXTRA_MEANINGS.get(column, "")))
        rows.append({"column": column, "type": kind, "meaning": meaning})
    return pd.DataFrame(rows)


def plain_text(text: str) -> str:
    """README Markdown as plain words for a worksheet: `code` and **bold** marks and [links](...) dropped."""
    import re

    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", str(text))
    return re.sub(r"(\*\*|__|`)", "", text).replace("→", "->").strip()


def _cell(value):
    if isinstance(value, str):
        return neutralise(value.translate(_ILLEGAL))
    return value


def xlsx_bytes(frame: pd.DataFrame, filters_in_words: str, build_id: str) -> bytes:
    """The rows as an Excel workbook: sheet 'data' exactly the rows (formula-safe: text a spreadsheet would run
    is prefixed with a quote, as in the CSV), sheet 'about' the filters in words, the build and what each column
    means."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(_cell)
        elif isinstance(safe[column].dtype, pd.DatetimeTZDtype):
            safe[column] = safe[column].dt.tz_localize(None)
    safe.columns = [_cell(str(c)) for c in safe.columns]
    about = pd.DataFrame({"": ["Filters", "Rows", "Warehouse build", "Formulas"],
                          " ": [filters_in_words, len(frame), build_id,
                                "Text that begins with = + - @ is prefixed with ' so it is never run"]})
    dictionary = data_dictionary(frame.columns)
    dictionary["type"] = dictionary["type"].map(plain_text)
    dictionary["meaning"] = dictionary["meaning"].map(plain_text)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe.to_excel(writer, sheet_name="data", index=False)
        about.to_excel(writer, sheet_name="about", index=False, header=False)
        dictionary.map(_cell).to_excel(writer, sheet_name="about", index=False, startrow=len(about) + 1)
        _tidy_sheet(writer.sheets["data"], safe)
        about_sheet = writer.sheets["about"]
        about_sheet.column_dimensions["A"].width = 22
        about_sheet.column_dimensions["B"].width = 16
        about_sheet.column_dimensions["C"].width = 90
    return buffer.getvalue()


def _tidy_sheet(sheet, frame: pd.DataFrame) -> None:
    """The data sheet as a person opens it: the header row frozen and filterable, dates as days (no 00:00:00),
    columns wide enough to read."""
    from openpyxl.utils import get_column_letter

    if frame.shape[1]:
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(frame.shape[1])}{len(frame) + 1}"
    for n, column in enumerate(frame.columns, start=1):
        letter = get_column_letter(n)
        values = frame[column]
        is_day = False
        if pd.api.types.is_datetime64_any_dtype(values):
            days = values.dropna()
            is_day = bool((days.dt.normalize() == days).all())
        elif values.dtype == object:
            present = values.dropna()
            is_day = len(present) > 0 and all(isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in present)
        if is_day:
            for cell in sheet[letter][1:]:
                cell.number_format = "yyyy-mm-dd"
            sheet.column_dimensions[letter].width = 12
        else:
            longest = max([len(str(column))] + [len(str(v)) for v in values.head(200) if v is not None])
            sheet.column_dimensions[letter].width = min(max(10, longest + 2), 60)
