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
    by_rec = queries.overdue_share_by_recommendation(wh, f)
    positions = int(by_rec.positions.sum()) if len(by_rec) else 0
    lagging = by_rec[by_rec.overdue_items > 0]
    if len(lagging):
        top = lagging.iloc[0]
        ui.finding(f"**Recommendation {int(top.rec_no)} lags most: {top.overdue_share:.0%} of its force sub-items are "
                   f"overdue, in {int(top.forces)} of {ui.plural(top.forces_reporting, 'force')}.**")
    ui.metric_row([
        ("Overdue sub-items", f"{len(rows):,} of {positions:,}", "Force sub-items past their deadline and not done, "
                                                                   "out of every force sub-item reported"),
        ("Forces with overdue items", f"{rows.force_name.nunique()}", None),
        ("Longest overdue", f"{int(rows.days_overdue.max())} days" if len(rows) else "–", None),
    ])
    ui.presence_note(wh, f)
    if rows.empty:
        st.success("Nothing is overdue under these filters.")
        return
    left, right = st.columns(2)
    with left:
        ui.chart(charts.overdue_by_force, queries.overdue_by_force(wh, f), key="by_force")
    with right:
        ui.chart(charts.overdue_share_by_recommendation, by_rec, key="by_rec",
                 columns=["rec_no", "rec_title", "overdue_share", "overdue_items", "positions", "forces",
                          "forces_reporting"])
    st.header("Every overdue sub-item")
    st.caption("Click a column heading to sort.")
    ui.table(ui.with_status_labels(rows), key="overdue_rows", config={"progress_pct": ui.PCT_COLUMN})
    ui.downloads(wh, f, rows, "overdue-items")


render(wh, f)
