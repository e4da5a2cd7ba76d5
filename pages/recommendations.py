import streamlit as st

from app import charts, links, queries, ui

wh, f = ui.page_setup()

st.title("Recommendations")
options = queries.item_options(wh)
choices = [f"Rec {r}" for r in options.rec_no.unique()] + options.item_id.tolist()
labels = {f"Rec {r}": f"Recommendation {r}: {t} (all sub-items)" for r, t in zip(options.rec_no, options.rec_title)}
labels |= {i: f"{i} {t}" for i, t in zip(options.item_id, options.title)}
ui.page_link_choice("item", labels, "recommendation or sub-item", resolve=lambda v: links.resolve_item(v, labels))
choice = st.selectbox("Recommendation or sub-item", choices, format_func=labels.get, key="item", bind="query-params")
if choice.startswith("Rec "):
    rec_no = int(choice.split()[1])
    item_ids = options[options.rec_no == rec_no].item_id.tolist()
else:
    item_ids = [choice]
item_ids = tuple(item_ids)
chosen = options[options.item_id.isin(item_ids)]
ui.filters_caption(wh, f)
ui.presence_note(wh, f)
st.header(labels[choice])
st.caption(f"Deadline: {chosen.deadline.min():%d %B %Y} · addressed to chief constables · sub-items: {', '.join(item_ids)}")
ui.table(chosen[["item_id", "title", "deadline"]], key="items")

left, right = st.columns(2)
with left:
    ui.chart(charts.status_split, queries.status_split(wh, f, item_ids), "Status across forces", key="split")
with right:
    progress = queries.progress_reported(wh, f, item_ids)
    if progress.empty:
        st.info("No force reports a percentage for these items.")
    else:
        ui.chart(charts.progress_reported, progress, key="progress")

st.header("Every force's update, side by side")
ui.table(ui.with_status_labels(queries.recommendation_forces(wh, f, item_ids)), key="side_by_side",
         config={"progress_pct": ui.PCT_COLUMN})
