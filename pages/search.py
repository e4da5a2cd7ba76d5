import streamlit as st

from app import charts, queries, ui

wh, f = ui.page_setup()

st.title("Search updates")
st.caption("Search every force's latest update text, e.g. *screening tool*: which forces mention it and what status "
           'they give it. Put words in quotes to find them together (*"screening tool"*). The sidebar filters apply.')
left, right = st.columns([4, 1])
text = left.text_input("Words to find", key="q", bind="query-params", placeholder="stalking screening tool")
phrase = right.toggle("Exact phrase", key="phrase", bind="query-params")


PAGE_SIZE = 20  # matches a page: 172 cards at once was a very long page


def highlighted(update: str, words: list[str]) -> str:
    """The update as literal text with each match on an orange background."""
    return ui.md_highlight(update, words)


if not text.strip():
    st.info("Type a word or phrase to search the forces' update text.")
else:
    ui.filters_caption(wh, f)
    results = queries.search_updates(wh, f, text, phrase)
    words = queries.search_terms(text, phrase)
    ui.metric_row([("Matching updates", f"{len(results):,}", None), ("Forces", f"{results.force_name.nunique()}", None),
                   ("Sub-items", f"{results.item_id.nunique()}", None)])
    if results.empty:
        st.warning(ui.no_match_hint(f, phrase, len(words)))
    else:
        by_force = (results.assign(status=results.status.map(charts.status_label))
                    .pivot_table(index="force_name", columns="status", values="item_id", aggfunc="count", fill_value=0)
                    .reset_index())
        # counts before the long titles, so they stay in view in a half-width table
        by_item = (results.groupby(["item_id", "item_title"], sort=False)
                   .agg(forces=("force_name", "nunique")).reset_index()[["item_id", "forces", "item_title"]])
        # one under the other, full width: side by side, each half-width table cut its columns off
        st.markdown("**By force, and the status each gives**")
        ui.table(by_force, key="search_by_force")
        st.markdown("**By sub-item**")
        ui.table(by_item, key="search_by_item")
        st.header("Matches")
        first, last = ui.pager(len(results), PAGE_SIZE, key="search_page", reset_on=(text, phrase))
        for _, hit in results.iloc[first:last].iterrows():
            status = charts.status_label(hit.status) + {"inferred": " (inferred)", "reviewed": " (reviewed)"}.get(hit.status_source, "")
            with st.container(border=True):
                st.markdown(f"**{ui.md_escape(hit.force_name)}** · {ui.md_escape(hit.item_id)} "
                            f"{ui.md_escape(hit.item_title)} · {ui.md_escape(status)}")
                st.markdown(highlighted(hit.update_text, words))
                st.caption(f"{ui.md_escape(hit.source_file)}, row {hit.source_row} · {ui.md_escape(hit['round'])}")
        ui.downloads(wh, f, results, "search-results")
