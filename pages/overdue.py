import streamlit as st

from app import charts, queries, ui
from app.filters import Filters
from app.warehouse import Warehouse

wh, f = ui.page_setup()

st.title("Overdue")
st.caption(f"Sub-items past their recommendation's deadline on {f.date:%d %B %Y} and not complete, business as "
           "usual or not applicable. Change the date in the sidebar to see another day.")
ui.filters_caption(wh, f)


def render(wh: Warehouse, f: Filters) -> None:
    rows = queries.overdue_items(wh, f)
    row = st.columns(3)
    row[0].metric("Overdue sub-items", f"{len(rows):,}")
    row[1].metric("Forces with overdue items", f"{rows.force_name.nunique()}")
    row[2].metric("Longest overdue", f"{int(rows.days_overdue.max())} days" if len(rows) else "–")
    ui.presence_note(wh, f)
    if rows.empty:
        st.success("Nothing is overdue under these filters.")
        return
    left, right = st.columns(2)
    with left:
        ui.chart(charts.overdue_by_force, queries.overdue_by_force(wh, f), key="by_force")
    with right:
        ui.chart(charts.overdue_by_recommendation, queries.overdue_by_recommendation(wh, f), key="by_rec")
    st.header("Every overdue sub-item")
    st.caption("Click a column heading to sort.")
    ui.table(ui.with_status_labels(rows), key="overdue_rows", config={"progress_pct": ui.PCT_COLUMN})
    ui.downloads(wh, f, rows, "overdue-items")


render(wh, f)
