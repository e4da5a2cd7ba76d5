"""Downloads of exactly the rows shown: CSV (formula-safe), Excel (formula-safe, with the filters in words and
a data dictionary) and Parquet, named for the filters; the one-page force report."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from app.exporting import parquet_bytes, safe_csv, xlsx_bytes
from app.filters import Filters
from app.warehouse import Warehouse

from .notes import describe
from .text import md_escape


def downloads(wh: Warehouse, f: Filters, data: pd.DataFrame, basename: str) -> None:
    """CSV, Excel and Parquet of `data`; the file names and a caption say which filters made them. Each file is
    made only when its button is clicked."""
    words = describe(wh, f)
    name = f"{basename}-{_slug(words)}"
    st.caption(f"Downloads hold the {len(data):,} rows shown: {md_escape(words)}.")
    left, middle, right = st.columns(3)
    left.download_button("Download CSV", data=lambda: safe_csv(data), file_name=f"{name}.csv", mime="text/csv",
                         on_click="ignore", key=f"{basename}_csv")
    middle.download_button("Download Excel", data=lambda: xlsx_bytes(data, words, wh.build_id),
                           file_name=f"{name}.xlsx", on_click="ignore", key=f"{basename}_xlsx",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    right.download_button("Download Parquet", data=lambda: parquet_bytes(data), file_name=f"{name}.parquet",
                          mime="application/octet-stream", on_click="ignore", key=f"{basename}_parquet")


def _slug(words: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")[:80].rstrip("-")


def force_report_downloads(wh: Warehouse, f: Filters, force_id: str, force_name: str) -> None:
    """PDF and HTML one-page reports, made only when clicked (drawing the charts takes seconds)."""
    from app import report

    def make(kind: str):
        def build() -> bytes:
            data = report.render_images(report.gather(wh, f, force_id))
            return report.to_pdf(data) if kind == "pdf" else report.to_html(data).encode("utf-8")
        return build

    slug = force_id + "-stalking-plan-report"
    left, right = st.columns(2)
    left.download_button("Force report (PDF)", data=make("pdf"), file_name=f"{slug}.pdf", mime="application/pdf",
                         on_click="ignore", key="report_pdf", help=f"A one-page report for {md_escape(force_name)}")
    right.download_button("Force report (HTML)", data=make("html"), file_name=f"{slug}.html", mime="text/html",
                          on_click="ignore", key="report_html", help="Self-contained: opens offline, no links out")
