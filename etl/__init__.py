"""ETL for the national stalking action plan tracker.

Data flows one way: raw files -> extract (one module per format) -> normalise -> validate ->
load (DuckDB + Parquet, atomic). Nothing here imports Streamlit.
"""

# Bumped whenever a change alters what a file normalises to: the per-file cache keys on it.
ETL_VERSION = "1.0.0"
