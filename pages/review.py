import streamlit as st

from app import queries, reviewing, ui
from etl import corrections as C
from etl import vocabulary as V
from etl.review import REASON_LABELS

wh, f = ui.page_setup()

st.title("Review")
st.caption("Readings a person should look at: statuses read from the update text, status words that read as "
           "unknown, doubtful or conflicting, items read twice, updates with no words, and corrections that went "
           "stale because their file changed. Most consequential first: 'Moves' is how many of the National "
           "overview's headline figures settling it could change (0 for a round that is not the item's latest). "
           "The sidebar's force, region and recommendation filters narrow the list.")
ui.filters_caption(wh, f)

saved = st.session_state.pop("_review_saved", None)
if saved:
    st.success(saved, icon=":material/check_circle:")

counts = queries.review_counts(wh, f).iloc[0]
row = st.columns(4)
row[0].metric("Waiting for review", f"{int(counts.waiting):,}", help="Readings in the queue under these filters")
row[1].metric("Of them in the figures", f"{int(counts.waiting_in_figures):,}",
              help="Waiting readings that are their item's latest round, so in the headline figures")
row[2].metric("Reviewed by a person", f"{int(counts.reviewed_readings):,}",
              help=f"Readings a correction settled ({int(counts.reviewed_positions)} in the figures under these "
                   f"filters); {int(counts.dropped_readings)} dropped as not plan items")
row[3].metric("Stale corrections", f"{int(counts.stale_corrections):,}",
              help="Corrections not applied because the file they were made on changed: the new text needs a new look")

editing = reviewing.enabled()
if not editing:
    st.info("Reviewing is off on this server: this is a read-only list. An analyst settles readings on a server "
            "started with reviewing enabled (TRACKER_REVIEWING=1, or `[review] enabled = true` in "
            ".streamlit/secrets.toml), or offline with `python -m etl review export` and `apply`.",
            icon=":material/lock:")

queue = queries.review_queue(wh, f)
present = [r for r in REASON_LABELS if queue.why.str.contains(r, regex=False).any()] if len(queue) else []
why = st.multiselect("Why it is in the queue", present, format_func=REASON_LABELS.get, key="review_why",
                     placeholder="Every reason")
shown = queue[queue.why.map(lambda w: any(r in w.split("; ") for r in why))] if why else queue
shown = shown.reset_index(drop=True)

st.header("The queue")
if shown.empty:
    st.success("Nothing waits for review under these filters.")
else:
    table = ui.with_status_labels(shown.rename(columns={"read_status": "status", "read_how": "status_source"}))
    table["why"] = shown.why.map(lambda w: "; ".join(REASON_LABELS.get(r, r) for r in w.split("; ")))
    ui.table(table[["force_name", "item_id", "round", "why", "moves", "status", "status_raw", "excerpt",
                    "source_file", "source_table", "source_row"]]
             .rename(columns={"status": "read_as", "status_raw": "status_words"}),
             key="review_queue", config={"moves": {"label": "Moves", "help": "Headline figures it could change"},
                                         "excerpt": {"label": "The source's words", "width": "large"}})


def settle(reading) -> None:
    """One reading beside its source's words, and the form that settles it."""
    st.markdown(f"**{ui.md_escape(reading.force_name)}, sub-item {ui.md_escape(reading.item_id)}, round "
                f"{ui.md_escape(reading['round'])}** — read as **{ui.md_escape(V.label(reading.read_status))}** "
                f"({ui.md_escape(reading.read_how)}); in the queue for: "
                f"{ui.md_escape('; '.join(REASON_LABELS.get(r, r) for r in reading.why.split('; ')))}.")
    with st.container(border=True):
        st.caption(f"From {ui.md_escape(reading.source_file)}, {ui.md_escape(reading.source_table)} row "
                   f"{int(reading.source_row)}")
        if reading.status_raw:
            st.markdown(f"Status words: **{ui.md_escape(reading.status_raw)}**")
        if reading.status_evidence and reading.read_how == "inferred":
            st.markdown(f"Status read from the words: *{ui.md_escape(reading.status_evidence)}*")
        st.markdown(ui.md_escape(reading.update_text) if reading.update_text.strip() else "*(no update text)*")
    who = reviewing.signed_in_as()
    with st.form("settle", clear_on_submit=True, border=False):
        choice = st.selectbox("Status", [*V.STATUSES, C.NOT_AN_ITEM], index=None, key="settle_status",
                              placeholder="Choose what the plan says",
                              format_func=lambda s: "Not a plan item (drop this reading)" if s == C.NOT_AN_ITEM
                              else V.label(s))
        items = [i for i in queries.item_options(wh).item_id if i != reading.item_id]
        move = st.selectbox("Belongs to sub-item", items, index=None, key="settle_move",
                            placeholder="Only if the text was given to the wrong sub-item",
                            help="The reading moves to this sub-item (same force and round); the status above is "
                                 "then optional: left empty, it keeps the one read")
        reason = st.text_input("Reason", key="settle_reason", placeholder="e.g. the minutes linked say it is complete")
        reviewer = st.text_input("Reviewer", value=who, disabled=bool(who), key="settle_reviewer",
                                 help="Your name, as the correction will record it")
        submitted = st.form_submit_button("Save and rebuild", type="primary")
    if not submitted:
        return
    reviewer = who or reviewer
    missing = [name for name, value in (("a status", choice or move), ("a reason", reason.strip()),
                                        ("your name", reviewer.strip())) if not value]
    if missing or (move and choice == C.NOT_AN_ITEM):
        st.error("Give " + " and ".join(missing) + " to save." if missing else
                 "A reading that is not a plan item cannot also move to another sub-item: choose one.")
        return
    action = C.MOVE_TO if move else C.NOT_AN_ITEM if choice == C.NOT_AN_ITEM else C.SET_STATUS
    correction = C.Correction(0, reading.force_id, reading.item_id, reading["round"],
                              "" if action == C.NOT_AN_ITEM else (choice or ""), reason.strip(), reviewer.strip(),
                              reviewing.today(), reading.source_sha256, action, move or "")
    line = reviewing.save([correction])
    with st.spinner("Saved. Rebuilding the warehouse with it..."):
        result = reviewing.rebuild()
    what = ("not a plan item" if action == C.NOT_AN_ITEM else f"sub-item {move}" if action == C.MOVE_TO and not choice
            else f"sub-item {move}, {V.label(choice)}" if action == C.MOVE_TO else V.label(choice))
    if result.ok:
        st.session_state["_review_saved"] = (
            f"Saved {ui.md_escape(reading.force_name)} {ui.md_escape(reading.item_id)} "
            f"({ui.md_escape(reading['round'])}) as {ui.md_escape(what)} "
            f"(line {line} of the corrections). New figures are in: build {result.build_id}.")
        st.rerun()
    st.warning(f"Saved as line {line}, but the figures are not rebuilt yet: {ui.md_escape(result.message)}")


if editing and not shown.empty:
    st.header("Settle a reading")
    if not reviewing.may_save(reviewing.signed_in_as()):
        if reviewing.signed_in_as():
            st.info("You are signed in, but not as one of this server's reviewers: the list is read-only for you.")
        else:
            st.info("This server asks reviewers to sign in before they save.")
            st.button("Sign in", on_click=st.login)
    else:
        # options are the readings themselves (not positions): a settled reading leaves the list, and the choice
        # moves on to the next one rather than keeping a stale label
        labels = {f"{r.force_id}|{r.item_id}|{r.round}":
                  f"{r.force_name} · {r.item_id} · {r.round} · read as {V.label(r.read_status)} · moves {r.moves}"
                  for r in shown.itertuples()}
        keys = list(labels)
        picked = st.selectbox("Reading", keys, format_func=labels.get, key="settle_pick",
                              help="The queue's order: most consequential first")
        settle(shown.iloc[keys.index(picked) if picked in labels else 0])

st.header("Corrections made")
made = queries.corrections_made(wh)
ui.table_or_note(made, "No corrections yet: every figure is as the readers read the plans.", key="review_made",
                 hint="Every line of the corrections file and what the last build did with it: applied, stale "
                      "(its file changed: look again), bad (see the message) or superseded by a later line.")
