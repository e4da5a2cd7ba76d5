"""Tables as a person reads them: readable headings, percentages, days, statuses in words; plan text as text."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from etl.vocabulary import label

# Headings a person reads; the data (and every download) keeps the warehouse's column names.
COLUMN_LABELS = {"force_id": "Force id", "force_name": "Force", "item_id": "Sub-item", "item_title": "Title",
                 "rec_no": "Rec", "rec_title": "Recommendation", "progress_pct": "Progress", "source_row": "Row",
                 "update_text": "Update", "from_status": "From", "to_status": "To",
                 "peers_done_share": "Other forces done", "items_reported": "Sub-items reported",
                 "reference_items": "Reference sub-items", "missing_items": "Missing sub-items",
                 "completion_rate": "Completion rate", "share": "Share", "as_of": "As of",
                 "forces_joined": "Forces joined", "same_forces": "Forces at both dates",
                 "same_from_rate": "Same forces: completion before", "same_to_rate": "Same forces: completion after",
                 "what_to_do": "What to do", "effect": "Effect on the figures",
                 "applicable": "Applicable", "overdue_share": "Share overdue", "positions": "Force sub-items",
                 "forces_reporting": "Forces reporting", "overdue_items": "Overdue sub-items"}
# fractions stored 0-1, shown as percentages wherever a table has them
PERCENT_COLUMNS = {"completion_rate", "share", "peers_done_share", "coverage", "same_from_rate", "same_to_rate",
                   "overdue_share"}
WIDE_TEXT = {"effect": "large", "what_to_do": "large", "item_title": "medium", "title": "medium", "rec_title": "medium",
             "update_text": "large", "message": "large"}

STATUS_COLUMN = st.column_config.TextColumn("Status")
PCT_COLUMN = st.column_config.NumberColumn(format="%.0f%%")
# bars in the app's accent (the charts' blue), not the theme's primary red, which read as a warning
ACCENT = "#0072B2"
RATE_COLUMN = st.column_config.ProgressColumn(min_value=0.0, max_value=1.0, format="percent", color=ACCENT)


def column_config(data: pd.DataFrame, config: dict | None, raw_names: bool) -> dict:
    merged: dict = {}
    for column in data.columns:
        heading = column if raw_names else COLUMN_LABELS.get(column, column.replace("_", " ").capitalize())
        given = (config or {}).get(column)
        if given is not None:
            merged[column] = {**given, "label": given.get("label") or heading}
        elif column in PERCENT_COLUMNS:
            merged[column] = st.column_config.NumberColumn(heading, format="percent")
        elif column == "progress_pct":
            merged[column] = st.column_config.NumberColumn(heading, format="%.0f%%")
        elif column in WIDE_TEXT and not raw_names:  # long titles would push the figures out of view
            merged[column] = st.column_config.TextColumn(heading, width=WIDE_TEXT[column])
        elif pd.api.types.is_datetime64_any_dtype(data[column]) and (data[column].dropna().dt.normalize()
                                                                      == data[column].dropna()).all():
            merged[column] = st.column_config.DateColumn(heading, format="D MMM YYYY")  # a day, not midnight
        else:
            merged[column] = heading
    return merged


def table(data: pd.DataFrame, key: str | None = None, height: int | None = None, config: dict | None = None,
          raw_names: bool = False) -> None:
    """Free text from plans always shows as text (never Markdown or HTML) in a dataframe. Headings are readable
    unless raw_names (the Explore page shows the contract's names, as its downloads carry them)."""
    st.dataframe(data, hide_index=True, width="stretch", key=key, height=height or "auto",
                 column_config=column_config(data, config, raw_names), placeholder="" if raw_names else "–")


def table_or_note(data: pd.DataFrame, when_empty: str, key: str, hint: str = "") -> None:
    """A table, or a reassuring line when there is nothing to list."""
    if data.empty:
        st.success(when_empty)
        return
    if hint:
        st.caption(hint)
    table(data, key=key)


def with_status_labels(frame: pd.DataFrame) -> pd.DataFrame:
    """Readable statuses; an inferred status, and one a person reviewed, says so wherever it is shown."""
    frame = frame.copy()
    if "status" in frame:
        labels = frame["status"].map(label)
        if "status_source" in frame:
            labels = labels.where(frame["status_source"] != "inferred", labels + " (inferred)")
            labels = labels.where(frame["status_source"] != "reviewed", labels + " (reviewed)")
        frame["status"] = labels
    return frame


def status_moves(frame: pd.DataFrame) -> pd.DataFrame:
    """Readable from/to statuses for a 'what changed' table; a status a person set says so (to_source)."""
    moved = frame.assign(from_status=frame.from_status.map(label), to_status=frame.to_status.map(label))
    if "to_source" in moved:
        moved["to_status"] = moved.to_status.where(moved.to_source != "reviewed", moved.to_status + " (reviewed)")
        moved = moved.drop(columns="to_source")
    return moved


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """Statuses as words (rates are shown as percentages by table()'s column formats)."""
    frame = with_status_labels(frame)
    for column in ("from_status", "to_status"):
        if column in frame:
            frame[column] = frame[column].map(label)
    return frame
