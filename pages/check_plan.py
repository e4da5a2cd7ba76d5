import pandas as pd
import streamlit as st

from app import advice, charts, plan_check, queries, ui
from etl.extract import PLAN_SUFFIXES
from etl.extract.guard import MAX_FILE_BYTES, MAX_SECONDS_PER_FILE

wh, f = ui.page_setup()

st.title("Check my plan")
st.caption("Upload a draft action plan to see what the tracker would read from it, item by item, and how it would "
           "change the force's figures, before you publish it. The file is read in a temporary folder that is "
           "removed straight after, never stored, and the tracker's data is not changed. "
           f"Same limits as a build: {MAX_FILE_BYTES // 1_000_000} MB, {MAX_SECONDS_PER_FILE} s to read, "
           "HTML, Word, Excel, PDF, CSV or text. The force is read from the file name (e.g. kent-plan.docx) or "
           "the document's own words, as in a build.")


def forget() -> None:
    """A new file chosen: the last result goes."""
    st.session_state.pop("_plan_check", None)


# The server refuses a body over server.maxUploadSize (.streamlit/config.toml), not only the browser. Once a file is
# read the uploader is replaced by a fresh one (a new key): Streamlit then drops the old widget's state, and with it
# every copy of the file it made (the widget's value is deserialised more than once, each copy holding the bytes
# until the session ended: 20 MB a session, docs/reliability.md). The page keeps the result, never the file.
generation = st.session_state.setdefault("_plan_upload_generation", 0)
upload = st.file_uploader("Draft plan", type=sorted(s.lstrip(".") for s in PLAN_SUFFIXES),
                          key=f"draft_plan_{generation}", max_upload_size=MAX_FILE_BYTES // 1_000_000,
                          on_change=forget)


def read(upload) -> None:
    """Read the file once, keep its result (never the file) for this session, and let the file go."""
    data = upload.getvalue()
    name = upload.name
    plan_check.release_upload(upload)  # Streamlit's own copy, and this UploadedFile's
    with st.spinner("Reading the plan as a build would..."):
        result = plan_check.check_upload(name, data)
    del data
    st.session_state["_plan_check"] = (name, result)
    st.session_state["_plan_upload_generation"] = generation + 1


def render(check: plan_check.PlanCheck) -> None:
    forces = queries.force_options(wh)
    names = dict(zip(forces.force_id, forces.force_name))
    warnings = check.issues[check.issues.severity == "warning"]
    row = st.columns(5)
    row[0].metric("Format", check.format.upper())
    row[1].metric("Force", names.get(check.force_id, "not identified"),
                  help=f"Found by {ui.md_escape(check.force_method)}" if check.force_method else "Not found in the name or words")
    row[2].metric("Sub-items read", f"{len(check.latest)}")
    row[3].metric("Update rounds", f"{check.rows['round'].nunique()}")
    row[4].metric("Warnings", f"{len(warnings)}")
    for issue in check.errors.itertuples():
        st.error(f"**This file would not load** ({issue.code}): {ui.md_escape(issue.message)}. "
                 f"{ui.md_escape(advice.action(issue.code))}", icon=":material/error:")
    if check.latest.empty:
        if check.errors.empty:
            st.warning("No plan item could be read from this file.")
        return
    if check.loaded:
        st.success(f"This plan would load: {len(check.latest)} sub-items, read in {check.seconds:.1f} s.")

    st.header("What the tracker reads, item by item")
    st.caption("The latest round of each sub-item (what the figures count); the words the status was read from; "
               "how each line was tied to its sub-item (anchor: an item number, a heading, the report's wording with "
               "its score, a form label). Granularity 'recommendation': one answer for a whole recommendation, "
               "applied to each of its sub-items.")
    ui.table(ui.with_status_labels(check.latest), key="check_latest", config={"progress_pct": ui.PCT_COLUMN})
    whole = check.latest[check.latest.granularity == "recommendation"]
    if not whole.empty:
        st.caption(f"{len(whole)} sub-items repeat an answer given for a recommendation as a whole; answering them "
                   "one by one would make the figures sub-item precise.")
    if check.missing_items:
        st.caption(f"Reference sub-items not in this plan ({len(check.missing_items)}): "
                   f"{', '.join(check.missing_items)}.")
    if len(check.rows) > len(check.latest):
        with st.expander(f"Every line read, all rounds ({len(check.rows)})"):
            ui.table(ui.with_status_labels(check.rows), key="check_rows", config={"progress_pct": ui.PCT_COLUMN})
    st.header("Warnings")
    ui.table_or_note(warnings.assign(what_to_do=warnings.code.map(advice.action)), "No warnings.",
                     key="check_warnings")

    st.header("How it would change the force's figures")
    options = list(names)
    default = check.force_id if check.force_id in names else options[0]
    force_id = st.selectbox("Force", options, format_func=names.get, index=options.index(default), key="check_force",
                            help="The force the file names; pick another to compare with its published plan")
    figures, moved = plan_check.impact(wh, f, check, force_id)
    st.caption(f"{names[force_id]}'s published plan as of {f.date:%d %B %Y} beside the same figures if this draft "
               "were its plan (counted as published today). Nothing is saved.")
    shown = figures.copy()
    rate = shown.measure == "Completion rate"
    for column in ("now", "with_draft"):
        shown[column] = [ui.pct(v) if is_rate else ("-" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v))
                         for v, is_rate in zip(shown[column], rate)]
    ui.table(shown.rename(columns={"now": "Published plan", "with_draft": "With this draft"}), key="check_figures")
    if moved.empty:
        st.info("No sub-item's status would change.")
    else:
        ui.table(moved.assign(status_now=moved.status_now.map(charts.status_label),
                              status_draft=moved.status_draft.map(charts.status_label)),
                 key="check_moved")


if upload is not None:
    read(upload)
    del upload
    st.rerun()  # drawn again with a fresh uploader: the old widget, and every copy of the file, is dropped
elif st.session_state.get("_plan_check"):
    name, check = st.session_state["_plan_check"]
    st.caption(f"Checked: {ui.md_escape(name)}. The file itself was let go once read; choose another file to check "
               "another.")
    render(check)
else:
    st.info("Choose a file to check. It is read as the nightly build would read it; nothing is stored.")
