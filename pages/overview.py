from urllib.parse import urlsplit

import streamlit as st

from app import charts, queries, ui
from app.filters import Filters
from app.warehouse import Warehouse

wh, f = ui.page_setup()

st.title("National overview")
st.caption("How far police forces in England and Wales have got with the super-complaint recommendations to chief "
           "constables: each force's latest update on each sub-item, as of the date in the sidebar.")
ui.filters_caption(wh, f)


def render(wh: Warehouse, f: Filters) -> None:
    head = queries.headline(wh, f).iloc[0]
    if not head["items"]:
        st.info("No plan items match these filters.")
        ui.presence_note(wh, f)
        return
    ui.finding(ui.national_finding(head, queries.recommendation_completion(wh, f)))
    applicable = int(head.applicable)
    ui.metric_row([
        ("Completion rate", ui.pct(head.completion_rate),
         f"Done out of the sub-items that apply: {int(head.done):,} of {applicable:,}"),
        ("Complete incl. BAU", f"{int(head.done):,} of {applicable:,}",
         f"{int(head.complete)} complete, {int(head.bau)} BAU, out of {applicable:,} applicable sub-items "
         f"({int(head['items']):,} reported, {int(head.not_applicable)} not applicable)"),
        ("In progress", f"{int(head.in_progress):,}", None),
        ("Not started", f"{int(head.not_started):,}", None),
    ])
    ui.metric_row([
        ("Overdue", f"{int(head.overdue):,}", "Past the recommendation's deadline and not done"),
        ("Unknown status", f"{int(head.unknown):,}", None),
        ("Not applicable", f"{int(head.not_applicable):,}", "Left out of the completion rate"),
        ("Forces reporting", f"{int(head.forces_reporting)}", None),
    ])
    ui.presence_note(wh, f)
    ui.coverage_gap_note(wh, f)

    # a radio, not a segmented control: its chosen button's red-on-pink text was under 4.5:1 (axe color-contrast)
    sort = st.radio("Order the charts by", ["number", "least_done"], key="sort", bind="query-params", horizontal=True,
                    format_func={"number": "Number and name", "least_done": "Least done first"}.get) or "number"
    ui.chart(charts.status_by_recommendation, queries.status_by_recommendation(wh, f), sort, key="by_rec")
    ui.chart(charts.completion_heatmap, queries.force_rec_completion(wh, f),
             "least_done" if sort == "least_done" else "name", key="heatmap",
             columns=["force_name", "rec_no", "items", "applicable", "done", "completion_rate"])

    st.header("Progress over time")
    st.caption("Each point of the line is the picture as of a date a force published an update round: every "
               "force's latest round on or before that date. Forces join the line when their first plan appears, "
               "which can move it without any progress: each such step is marked (+2 forces; +1 undated where plans "
               "with no date count from the day they were collected). The dashed steps compare like with like: only "
               "the forces present at both ends of each step.")
    left, right = st.columns(2)
    with left:
        ui.chart(charts.completion_over_time, queries.completion_over_time(wh, f), key="trend",
                 columns=["as_of", "forces", "forces_joined", "items", "applicable", "done", "completion_rate",
                          "same_forces",
                          "same_from_rate", "same_to_rate"])
    with right:
        ui.chart(charts.completion_distribution, queries.force_completion(wh, f), key="distribution",
                 columns=["force_name", "region", "items", "applicable", "done", "completion_rate"])
    st.markdown("**What changed since each force's previous round**")
    moves = queries.change_summary(wh, f)
    if moves.empty:
        st.info("No item has changed status between rounds under these filters.")
    else:
        ui.table(ui.status_moves(moves), key="moves")
        with st.expander("Every item that moved"):
            changed = queries.changes_since_previous_round(wh, f)
            ui.table(ui.status_moves(changed), key="moved_items")


def report_downloads(wh: Warehouse, f: Filters) -> None:
    """The national progress report for these filters: PDF, Word and self-contained HTML, made when asked with its
    progress shown; its charts drawn once per build and filters for every session."""
    from app import national_report

    here = urlsplit(str(getattr(st.context, "url", "") or national_report.DEFAULT_BASE_URL))
    path = here.path.rstrip("/").removesuffix("/overview")  # the app's own address, for the report's links
    base = f"{here.scheme}://{here.netloc}{path}"

    st.header("National progress report")
    st.caption("Written from the data for the filters in the sidebar: headline figures, each recommendation's "
               "status split, forces done, not started and overdue, changes since the previous round, what forces "
               "report (recurring themes, with cited quotations) and areas for improvement. Making it takes some "
               "seconds the first time for these filters; its progress is shown.")
    name = f"national-stalking-plan-report-{f.date:%Y-%m-%d}"
    ui.report_maker(
        "national_report", (wh.build_id, f, base), "Make the national report (PDF, Word and HTML)",
        gather=lambda: national_report.gather(wh, f, base_url=base),
        draw=lambda data: ui.national_report_images(wh.build_id, f, base, data),
        files=[("pdf", "Report (PDF)", f"{name}.pdf", "application/pdf"),
               ("docx", "Report (Word)", f"{name}.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
               ("html", "Report (HTML)", f"{name}.html", "text/html")],
        render=national_report.render, what="National report",
        help="PDF, Word and self-contained HTML; in the HTML every figure links to the dashboard view that shows it")



render(wh, f)
report_downloads(wh, f)
