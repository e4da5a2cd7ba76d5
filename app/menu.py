"""The app's pages and its own menu, drawn first in every run (imports Streamlit only, so it paints at once).

Streamlit's automatic page list (lower-case file names, from the `pages/` folder) is switched off in
.streamlit/config.toml (`client.showSidebarNavigation = false`): it would show on a fresh server's first load
until st.navigation replaced it. st.navigation still routes (position hidden); this menu is what people see.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

ICON = str(Path(__file__).resolve().parent / "assets" / "favicon.png")

SECTIONS = {
    "Progress": [
        ("pages/overview.py", "National overview", ":material/public:"),
        ("pages/force.py", "Force", ":material/local_police:"),
        ("pages/recommendations.py", "Recommendations", ":material/checklist:"),
        ("pages/overdue.py", "Overdue", ":material/schedule:"),
        ("pages/map.py", "Map", ":material/map:"),
        ("pages/search.py", "Search updates", ":material/search:"),
    ],
    "Data": [
        ("pages/explore.py", "Explore and download", ":material/download:"),
        ("pages/quality.py", "Data quality", ":material/fact_check:"),
        ("pages/check_plan.py", "Check my plan", ":material/upload_file:"),
        ("pages/review.py", "Review", ":material/rate_review:"),
    ],
}


def navigation():
    """Route to the page in the URL (the first is the default) and draw the menu in the sidebar."""
    pages = {section: [st.Page(path, title=title, icon=icon, default=(section, n) == ("Progress", 0))
                       for n, (path, title, icon) in enumerate(entries)]
             for section, entries in SECTIONS.items()}
    current = st.navigation(pages, position="hidden")
    with st.sidebar.container(key="menu"):
        for section, entries in pages.items():
            st.caption(section)
            for page in entries:
                st.page_link(page, label=page.title, icon=page.icon)
    return current
