import streamlit as st

from app import ui

ui.page_setup()

st.title("Overdue")
f = ui.filters()
st.caption(f"Sub-items past their recommendation's deadline on {f.date:%d %B %Y} and not complete, business as "
           "usual or not applicable. Change the date in the sidebar to see another day.")
def render() -> None:
    rows = ui.q("overdue_items")
    row = st.columns(3)
    row[0].metric("Overdue sub-items", f"{len(rows):,}")
    row[1].metric("Forces with overdue items", f"{rows.force_name.nunique()}")
    row[2].metric("Longest overdue", f"{int(rows.days_overdue.max())} days" if len(rows) else "–")
    ui.presence_note()
    if rows.empty:
        st.success("Nothing is overdue under these filters.")
        return
    left, right = st.columns(2)
    with left:
        ui.chart("overdue_by_force", "overdue_by_force", key="by_force")
    with right:
        ui.chart("overdue_by_recommendation", "overdue_by_recommendation", key="by_rec")
    st.subheader("Every overdue sub-item")
    st.caption("Click a column heading to sort.")
    ui.table(ui.with_status_labels(rows), key="overdue_rows", config={"progress_pct": ui.PCT_COLUMN})
    ui.downloads(rows, "overdue-items")


render()
