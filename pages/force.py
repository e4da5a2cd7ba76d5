import streamlit as st

from app import ui

ui.page_setup()

st.title("Force")
forces = ui.q_plain("force_options")
names = dict(zip(forces.force_id, forces.force_name))
reporting = set(ui.q("force_completion").force_id)
default = next((f for f in [*ui.filters().forces, *names] if f in reporting), next(iter(names)))
ui.page_link_choice("lead_force", names, "force", fuzzy=True, aliases=forces)
force_id = st.selectbox("Force", list(names), format_func=names.get, key="lead_force", bind="query-params",
                        index=list(names).index(default))
st.caption("This force's latest position against its region and every force in England and Wales, and what forces "
           "that have finished an item wrote about it.")

def render(force_id: str) -> None:
    ui.whole_force_note()
    comparison = ui.q("force_comparison", force_id)
    if comparison.empty:
        st.info(f"No plan items for {names[force_id]} under these filters.")
        return
    me = comparison.iloc[0]
    row = st.columns(4)
    row[0].metric("Completion rate", ui.pct(me.completion_rate),
                  delta=f"{(me.completion_rate - comparison.iloc[2].completion_rate) * 100:+.0f} pts vs national")
    row[1].metric("Rank", f"{int(me['rank'])} of {int(me.of_forces)}")
    row[2].metric("Sub-items done", f"{int(me.done)} of {int(me['items'])}")
    row[3].metric("Overdue", f"{int(me.overdue)}")
    ui.coverage_gap_note(force_id)
    ui.force_report_downloads(force_id, me.scope)
    ui.chart("comparison", "force_comparison", force_id, key="comparison")

    plan = ui.chart("items_against_peers", "force_items_with_peers", force_id, key="against_peers",
                    columns=["item_id", "item_title", "status", "peers_done_share"])
    whole = plan[plan.granularity == "recommendation"]
    if not whole.empty:
        st.caption(f"{len(whole)} of these sub-items come from answers given for a recommendation as a whole "
                   f"(recommendations {', '.join(dict.fromkeys(str(r) for r in whole.rec_no))}): each repeats its "
                   "recommendation's answer and status, so they are not sub-item precise.")

    ui.chart("completion_over_time", "force_completion_over_time", force_id, key="force_trend",
             chart_args=("scope", "Completion over time: this force and England and Wales"),
             columns=["as_of", "scope", "items", "done", "completion_rate"])
    st.subheader("What changed since the previous round")
    changed = ui.q("force_changes", force_id)
    if changed.empty:
        st.info("No item changed status since this force's previous round (or it has published only one round).")
    else:
        ui.table(ui.status_moves(changed), key="force_changes")

    st.subheader("The force's plan")
    ui.table(ui.with_status_labels(plan)[["item_id", "item_title", "status", "progress_pct", "overdue", "days_overdue",
                                          "peers_done_share", "owner", "update_text", "round", "granularity",
                                          "source_file", "source_row"]],
             key="plan", config={"progress_pct": ui.PCT_COLUMN, "peers_done_share": ui.RATE_COLUMN})

    st.subheader("What forces that have finished wrote")
    st.caption("For each item this force has not finished: the updates of forces that report it complete or business as usual.")
    practice = ui.q("peer_practice", force_id)
    if practice.empty and not (plan.status.isin(["complete", "bau", "not_applicable"])).all():
        st.info("No other force reports this force's open items as done yet.")
    elif practice.empty:
        st.success("Nothing to learn here: every item of this force's plan is done.")
    for item_id, group in practice.groupby("item_id", sort=False):
        with st.expander(f"{item_id} {group.item_title.iloc[0]} — {len(group)} forces done"):
            ui.table(ui.with_status_labels(group)[["force_name", "region", "status", "update_text", "source_file",
                                                   "source_row"]], key=f"practice_{item_id}")


render(force_id)
