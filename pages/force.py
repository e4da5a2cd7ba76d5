import streamlit as st

from app import charts, queries, ui
from app.filters import Filters
from app.warehouse import Warehouse
from etl import vocabulary

wh, f = ui.page_setup()

st.title("Force")
forces = queries.force_options(wh)
names = dict(zip(forces.force_id, forces.force_name))
reporting = set(queries.force_completion(wh, f).force_id)
default = next((x for x in [ui.linked_force(), *names] if x in reporting), next(iter(names)))
ui.page_link_choice("lead_force", names, "force", fuzzy=True, aliases=forces)
force_id = st.selectbox("Force", list(names), format_func=names.get, key="lead_force", bind="query-params",
                        index=list(names).index(default))
st.caption("This force's latest position against its region and every force in England and Wales, and what forces "
           "that have finished an item wrote about it.")
ui.filters_caption(wh, queries.one_force(f, force_id))


def render(wh: Warehouse, f: Filters, force_id: str) -> None:
    ui.whole_force_note(f)
    comparison = queries.force_comparison(wh, f, force_id)
    if comparison.empty:
        st.info(f"No plan items for {names[force_id]} under these filters.")
        return
    me, national = comparison.iloc[0], comparison.iloc[-1]
    ui.finding(f"**{ui.md_escape(me.scope)} has completed {ui.pct(me.completion_rate)} of the sub-items that apply "
               f"to it ({int(me.done)} of {int(me.applicable)}), against {ui.pct(national.completion_rate)} in "
               f"England and Wales; {int(me.overdue)} overdue.**")
    not_applicable = int(me["items"]) - int(me.applicable)
    ui.metric_row([
        ("Completion rate", ui.pct(me.completion_rate), "Done out of the sub-items that apply",
         ui.pts(me.completion_rate, national.completion_rate, "national")),
        ("Rank", f"{int(me['rank'])} of {int(me.of_forces)}", None),
        ("Sub-items done", f"{int(me.done)} of {int(me.applicable)}",
         f"Complete or BAU, out of the {int(me.applicable)} sub-items that apply ({int(me['items'])} reported, "
         f"{not_applicable} not applicable)"),
        ("Overdue", f"{int(me.overdue)}", None),
    ])
    ui.coverage_gap_note(wh, f, force_id)
    ui.force_report_downloads(wh, f, force_id, me.scope)
    ui.chart(charts.comparison, comparison, key="comparison")

    plan = ui.chart(charts.items_against_peers, queries.force_items_with_peers(wh, f, force_id), key="against_peers",
                    columns=["item_id", "item_title", "status", "peers_done_share"])
    whole = plan[plan.granularity == "recommendation"]
    if not whole.empty:
        st.caption(f"{len(whole)} of these sub-items come from answers given for a recommendation as a whole "
                   f"(recommendations {', '.join(dict.fromkeys(str(r) for r in whole.rec_no))}): each repeats its "
                   "recommendation's answer and status, so they are not sub-item precise.")

    ui.chart(charts.completion_over_time, queries.force_completion_over_time(wh, f, force_id),
             "scope", "Completion over time: this force and England and Wales", key="force_trend",
             columns=["as_of", "scope", "items", "applicable", "done", "completion_rate"])
    st.header("What changed since the previous round")
    changed = queries.force_changes(wh, f, force_id)
    if changed.empty:
        st.info("No item changed status since this force's previous round (or it has published only one round).")
    else:
        ui.table(ui.status_moves(changed), key="force_changes")

    st.header("The force's plan")
    ui.table(ui.with_status_labels(plan)[["item_id", "item_title", "status", "progress_pct", "overdue", "days_overdue",
                                          "peers_done_share", "owner", "update_text", "round", "granularity",
                                          "source_file", "source_row"]],
             key="plan", config={"progress_pct": ui.PCT_COLUMN, "peers_done_share": ui.RATE_COLUMN})

    st.header("What forces that have finished wrote")
    st.caption("For each item this force has not finished: the updates of forces that report it complete or business "
               "as usual, forces in its own region first, each with its source file and row.")
    practice = queries.peer_practice(wh, f, force_id)
    if practice.empty and not plan.status.map(vocabulary.is_closed).all():
        st.info("No other force reports this force's open items as done yet.")
    elif practice.empty:
        st.success("Nothing to learn here: every item of this force's plan is done.")
    for item_id, group in practice.groupby("item_id", sort=False):
        near = int(group.same_region.sum())
        title = ui.md_escape(group.item_title.iloc[0])  # item_id is the reference's own (digits and a dot)
        with st.expander(f"{item_id} {title} — {ui.plural(len(group), 'force')} done" + (f", {near} in its region" if near else "")):
            # the nearest few, whole; every one is a click away (a card for each of forty forces on every open item
            # was a wall of text, and at scale most of the page's time and the server's memory)
            ui.peer_cards(group.head(ui.PEER_CARDS))
            if len(group) > ui.PEER_CARDS:
                more = len(group) - ui.PEER_CARDS
                st.caption(f"{ui.plural(more, 'more force')} report{'s' if more == 1 else ''} it done: every force's "
                           f"update on {item_id}, side by side, on [the Recommendations page](recommendations?item={item_id}).")


render(wh, f, force_id)
