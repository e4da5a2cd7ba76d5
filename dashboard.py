"""National tracker of police forces' stalking action plans: the Streamlit entry point.

Run with `make run`. Pages only lay out: every figure comes from app.queries through app.ui.
"""
import streamlit as st

from app import ui

st.set_page_config(page_title="Stalking action plans tracker", page_icon="📋", layout="wide")

warehouse = ui.start_run()
pages = st.navigation(
    {
        "Progress": [
            st.Page("pages/overview.py", title="National overview", icon="🏠", default=True),
            st.Page("pages/force.py", title="Force", icon="🚓"),
            st.Page("pages/recommendations.py", title="Recommendations", icon="📑"),
            st.Page("pages/overdue.py", title="Overdue", icon="⏰"),
        ],
        "Data": [
            st.Page("pages/explore.py", title="Explore and download", icon="⬇️"),
            st.Page("pages/quality.py", title="Data quality", icon="🔎"),
        ],
    }
)
filters = ui.sidebar_filters(warehouse)
ui.sample_banner(warehouse, filters)
pages.run()
ui.footer(warehouse)
