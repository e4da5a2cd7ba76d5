import streamlit as st

from app import charts, queries, ui

wh, f = ui.page_setup()

st.title("Map")
st.caption("Each hexagon is a force, laid out roughly as England and Wales, labelled with a three-letter code (the key "
           "is under the map); British Transport Police, a national force, sits apart. Colours follow the sidebar "
           "filters. Click or tap a hexagon to open the force's page.")
measure = st.radio("Colour by", ["completion", "overdue"], horizontal=True, key="measure", bind="query-params",
                   format_func={"completion": "Completion rate", "overdue": "Overdue sub-items"}.get)
ui.filters_caption(wh, f)
ui.presence_note(wh, f)
tiles = queries.map_tiles(wh, f)
event = ui.chart_selectable(charts.tile_map, tiles, measure, key="tile_map",
                            columns=["force_name", "code", "items", "applicable", "done", "completion_rate", "overdue"])
with st.expander("Key to the force codes"):
    ui.table(tiles[["code", "force_name", "region"]].sort_values("code"), key="map_key")
picked = ui.selected_force(event)
names = tiles.set_index("force_id").force_name
chosen = st.selectbox("Or open a force's page", list(names.index), index=None, format_func=names.get,
                      placeholder="Type a force's name", key="map_force",
                      help="The same as clicking its hexagon, from the keyboard.")
picked = picked or chosen
if picked:
    st.switch_page("pages/force.py", query_params={"lead_force": tiles.set_index("force_id").force_name[picked]})
missing = tiles[tiles["items"].isna()]
if len(missing):
    st.caption("Unfilled, with a dotted outline: no plan items under these filters (not 0%) — "
               + ui.md_escape(", ".join(missing.force_name)))
