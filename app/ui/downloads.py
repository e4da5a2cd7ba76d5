"""Downloads of exactly the rows shown: CSV (formula-safe), Excel (formula-safe, with the filters in words and
a data dictionary) and Parquet, named for the filters; the one-page force report."""
from __future__ import annotations

import time

import pandas as pd
import streamlit as st

from app import renderer
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


def report_maker(key: str, identity: tuple, label: str, gather, draw, files: list[tuple[str, str, str, str]],
                 render, what: str, help: str = "") -> None:
    """A report made when asked, with its progress shown while it is made (reading the figures, drawing the charts,
    writing each file), then its files to download. `identity` (build, filters, ...) says when a report made
    earlier in this session is still the one shown; the charts are drawn once per identity for every session
    (draw is cached by the caller). files: (kind, button label, file name, mime)."""
    kept = st.session_state.get(f"_{key}")
    if kept and kept[0] == identity:
        made = kept[1]
        st.caption(f"{what} made in {kept[2]:.0f} s. Download it:")
    else:
        if not st.button(label, key=f"{key}_make", icon=":material/description:", help=help):
            return
        started = time.monotonic()
        made = {}
        with st.status(f"Making the {what.lower()}…", expanded=True) as box:
            # the chart renderer starts while the figures are read (once per server, then kept: app/renderer.py)
            renderer.warm_in_background()
            bar = st.progress(0.0, text="Reading the figures")
            data = gather()
            bar.progress(0.15, text="Drawing the charts (the longest step; drawn once for these filters)")
            data = draw(data)
            for n, (kind, _, _, _) in enumerate(files):
                bar.progress(0.6 + 0.4 * n / len(files), text=f"Writing the {kind.upper()}")
                made[kind] = render(data, kind)
            bar.progress(1.0, text="Done")
            box.update(label=f"{what} ready ({time.monotonic() - started:.0f} s)", state="complete", expanded=False)
        st.session_state[f"_{key}"] = (identity, made, time.monotonic() - started)
    columns = st.columns(len(files))
    for column, (kind, button, file_name, mime) in zip(columns, files):
        column.download_button(button, data=made[kind], file_name=file_name, mime=mime, on_click="ignore",
                               key=f"{key}_{kind}")


@st.cache_resource(max_entries=8, show_spinner=False)
def national_report_images(build_id: str, f: Filters, base: str, _data):
    """The national report's charts drawn once per build, filters and address, for every session (about 7 s for
    17 charts from the sample)."""
    from app import national_report

    return national_report.render_images(_data)


@st.cache_resource(max_entries=16, show_spinner=False)
def _force_report_images(build_id: str, f: Filters, force_id: str, _data):
    from app import report

    return report.render_images(_data)


def force_report_downloads(wh: Warehouse, f: Filters, force_id: str, force_name: str) -> None:
    """PDF and HTML one-page reports, made when asked with their progress shown (drawing the charts takes
    seconds; they are drawn once per build, filters and force)."""
    from app import report

    slug = force_id + "-stalking-plan-report"
    report_maker(
        "force_report", (wh.build_id, f, force_id), "Make the force report (PDF and HTML)",
        gather=lambda: report.gather(wh, f, force_id),
        draw=lambda data: _force_report_images(wh.build_id, f, force_id, data),
        files=[("pdf", "Force report (PDF)", f"{slug}.pdf", "application/pdf"),
               ("html", "Force report (HTML)", f"{slug}.html", "text/html")],
        render=lambda data, kind: report.to_pdf(data) if kind == "pdf" else report.to_html(data).encode("utf-8"),
        what="Force report", help=f"A one-page report for {force_name}; the HTML is self-contained")
