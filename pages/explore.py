import streamlit as st

from app import queries, ui

wh, f = ui.page_setup()

st.title("Explore and download")
st.caption("The rows behind every figure, with the source file and row each came from. The downloads hold exactly "
           "the rows shown here, under the sidebar filters.")
every_round = st.toggle("Every update round", key="rounds", bind="query-params",
                        help="Off: each force's latest update per sub-item (the table plan_items). On: every "
                             "round dated on or before the as-of date (the table plan_updates), to follow progress "
                             "over time.")
ui.filters_caption(wh, f)
rows = (queries.explore_rounds if every_round else queries.explore_rows)(wh, f)
st.metric("Rows", f"{len(rows):,}")
ui.table(ui.with_status_labels(rows), key="rows", height=520, config={"progress_pct": ui.PCT_COLUMN},
         raw_names=True)
ui.downloads(wh, f, rows, "stalking-plan-updates" if every_round else "stalking-plan-items")
if wh.has_sample and f.include_sample:
    st.caption("Rows with is_sample = true come from the generated sample corpus, not from real plans.")
