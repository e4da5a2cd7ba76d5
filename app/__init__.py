"""The dashboard's layers below the pages: warehouse snapshot, filters, queries, charts, exports, ui glue.

Only `ui` imports Streamlit; queries, charts and exports are plain functions tested on their own.
"""
