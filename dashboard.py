"""National tracker of police forces' stalking action plans: the Streamlit entry point.

Run with `make run`. Pages only lay out: every figure comes from app.queries through app.ui.
"""
import streamlit as st

from app import ui

# the table toolbar's own CSV download and copy are not formula-safe: our Download CSV is the way out
# (also in .streamlit/config.toml, which covers a server's first run)
st.set_option("client.disableDataExport", True)
st.set_page_config(page_title="Stalking action plans tracker", page_icon=":material/assignment:", layout="wide")

warehouse = ui.start_run()
pages = st.navigation(
    {
        "Progress": [
            st.Page("pages/overview.py", title="National overview", icon=":material/public:", default=True),
            st.Page("pages/force.py", title="Force", icon=":material/local_police:"),
            st.Page("pages/recommendations.py", title="Recommendations", icon=":material/checklist:"),
            st.Page("pages/overdue.py", title="Overdue", icon=":material/schedule:"),
            st.Page("pages/map.py", title="Map", icon=":material/map:"),
            st.Page("pages/search.py", title="Search updates", icon=":material/search:"),
        ],
        "Data": [
            st.Page("pages/explore.py", title="Explore and download", icon=":material/download:"),
            st.Page("pages/quality.py", title="Data quality", icon=":material/fact_check:"),
            st.Page("pages/check_plan.py", title="Check my plan", icon=":material/upload_file:"),
        ],
    }
)
filters = ui.sidebar_filters(warehouse)
ui.sample_banner(warehouse, filters)
pages.run()
ui.share_link()
ui.footer(warehouse)
