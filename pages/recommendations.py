import streamlit as st

from app import links, ui

ui.page_setup()

st.title("Recommendations")
options = ui.q_plain("item_options")
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
chosen = options[options.item_id.isin(item_ids)]
ui.presence_note()
st.subheader(labels[choice])
st.caption(f"Deadline: {chosen.deadline.min():%d %B %Y} · addressed to chief constables · sub-items: {', '.join(item_ids)}")
ui.table(chosen[["item_id", "title", "deadline"]], key="items")

left, right = st.columns(2)
with left:
    ui.chart("status_split", "status_split", item_ids, key="split", chart_args=("Status across forces",))
with right:
    if ui.q("progress_reported", item_ids).empty:
        st.info("No force reports a percentage for these items.")
    else:
        ui.chart("progress_reported", "progress_reported", item_ids, key="progress")

st.subheader("Every force's update, side by side")
ui.table(ui.with_status_labels(ui.q("recommendation_forces", item_ids)), key="side_by_side",
         config={"progress_pct": ui.PCT_COLUMN})
