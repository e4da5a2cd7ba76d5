import streamlit as st

from app import ui

ui.page_setup()

st.title("National overview")
st.caption("How far police forces in England and Wales have got with the super-complaint recommendations to chief "
           "constables: each force's latest update on each sub-item, as of the date in the sidebar.")

def render() -> None:
    head = ui.q("headline").iloc[0]
    if not head["items"]:
        st.info("No plan items match these filters.")
        ui.presence_note()
        return
    row = st.columns(4)
    row[0].metric("Completion rate", ui.pct(head.completion_rate),
                  help="Sub-items complete or business as usual, out of those that apply to the force")
    row[1].metric("Complete incl. BAU", f"{int(head.done):,}", help=f"{int(head.complete)} complete, {int(head.bau)} BAU")
    row[2].metric("In progress", f"{int(head.in_progress):,}")
    row[3].metric("Not started", f"{int(head.not_started):,}")
    row = st.columns(4)
    row[0].metric("Overdue", f"{int(head.overdue):,}", help="Past the recommendation's deadline and not done")
    row[1].metric("Unknown status", f"{int(head.unknown):,}")
    row[2].metric("Not applicable", f"{int(head.not_applicable):,}")
    row[3].metric("Forces reporting", f"{int(head.forces_reporting)}")
    ui.presence_note()
    ui.coverage_gap_note()

    sort = st.segmented_control("Order the charts by", ["number", "least_done"], key="sort", bind="query-params",
                                format_func={"number": "Number and name", "least_done": "Least done first"}.get,
                                default="number") or "number"
    ui.chart("status_by_recommendation", "status_by_recommendation", key="by_rec", chart_args=(sort,))
    ui.chart("completion_heatmap", "force_rec_completion", key="heatmap", chart_args=("least_done" if sort ==
             "least_done" else "name",), columns=["force_name", "rec_no", "items", "done", "completion_rate"])

    st.subheader("Progress over time")
    st.caption("Each point of the line is the picture as of a date a force published an update round: every "
               "force's latest round on or before that date. Forces join the line when their first plan appears, "
               "which can move it without any progress; the dashed steps compare like with like: only the forces "
               "present at both ends of each step.")
    left, right = st.columns(2)
    with left:
        ui.chart("completion_over_time", "completion_over_time", key="trend",
                 columns=["as_of", "forces", "forces_joined", "items", "done", "completion_rate", "same_forces",
                          "same_from_rate", "same_to_rate"])
    with right:
        ui.chart("completion_distribution", "force_completion", key="distribution",
                 columns=["force_name", "region", "items", "done", "completion_rate"])
    st.markdown("**What changed since each force's previous round**")
    moves = ui.q("change_summary")
    if moves.empty:
        st.info("No item has changed status between rounds under these filters.")
    else:
        ui.table(ui.status_moves(moves), key="moves")
        with st.expander("Every item that moved"):
            changed = ui.q("changes_since_previous_round")
            ui.table(ui.status_moves(changed), key="moved_items")


render()
