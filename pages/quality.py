import streamlit as st

from app import advice, queries, ui

wh, f = ui.page_setup()

st.title("Data quality")
st.caption("What the ETL read, what it could not, and what it had to guess. Every problem names its file and place.")
sources = queries.quality_sources(wh, f)
issues = queries.quality_issues(wh, f)
missing = queries.forces_without_plan(wh)
unmapped = queries.unmapped_status_words(wh)
row = st.columns(5)
row[0].metric("Source files", f"{len(sources)}")
row[1].metric("Loaded", f"{int(sources.loaded.sum())}")
row[2].metric("Errors", f"{int((issues.severity == 'error').sum())}", help="A file that could not be loaded")
row[3].metric("Warnings", f"{int((issues.severity == 'warning').sum())}",
              help="Loaded, but something was skipped or guessed: listed under Load issues")
row[4].metric("Forces with no plan", f"{len(missing)}")
review = queries.review_counts(wh, f).iloc[0]  # issue 20: what a person settled, what waits (the Review page)
row = st.columns(5)
row[0].metric("Reviewed by a person", f"{int(review.reviewed_readings):,}",
              help=f"Readings a correction settled; {int(review.reviewed_positions)} of them in the figures")
row[1].metric("Waiting for review", f"{int(review.waiting):,}",
              help=f"{int(review.waiting_in_figures)} of them in the figures; see the Review page")
row[2].metric("Stale corrections", f"{int(review.stale_corrections):,}",
              help="Not applied: the file they were made on changed")
row[3].metric("Bad corrections", f"{int(review.bad_corrections):,}", help="Lines of the corrections file not applied")
row[4].metric("Dropped as not plan items", f"{int(review.dropped_readings):,}")

st.header("Source files")
ui.table(sources, key="sources")
st.header("Load issues")
ui.table_or_note(issues.assign(effect=issues.code.map(advice.effect), what_to_do=issues.code.map(advice.action))
                 [["severity", "source_file", "message", "effect", "what_to_do", "location", "code", "force_id"]],
                 "No errors or warnings in the last build.", key="issues",
                 hint="Each issue says what it does to the figures meanwhile, and what to do about it.")
if not f.include_sample and wh.has_sample:
    st.caption("Sample data is switched off: the sample corpus's files and their issues are not listed.")
st.header("Status words that mapped to unknown")
ui.table_or_note(unmapped, "Every stated status word was recognised.", key="unmapped",
                 hint="Add these to data/reference/status_words.csv to map them.")
st.header("Forces with no plan")
ui.table_or_note(missing, "Every force has a loaded plan.", key="missing")
st.header("Recommendations answered as a whole")
ui.table_or_note(queries.answered_as_a_whole(wh), "Every plan answers sub-item by sub-item.", key="whole",
                 hint="These plans give one answer per recommendation; the tracker applies it to each sub-item "
                      "(granularity = recommendation), so those sub-items' figures are not sub-item precise.")
st.header("Coverage of the 39 reference sub-items")
ui.table(queries.coverage(wh), key="coverage", config={"coverage": ui.RATE_COLUMN})
st.header("Plans fetched from the forces' websites")
fetched = queries.fetch_status(wh)
ui.table_or_note(fetched, "Nothing fetched yet: the plans shown were loaded from files (run `make fetch` to fetch "
                 "each force's published plan).", key="fetches",
                 hint="Each force's source (data/reference/plan_sources.csv) as of its latest fetch: failed sources "
                      "first, then forces with no source URL.")
