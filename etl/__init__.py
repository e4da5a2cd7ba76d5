"""ETL for the national stalking action plan tracker.

Data flows one way: raw files -> extract (one module per format) -> normalise -> reconcile ->
load (DuckDB + Parquet, atomic). Nothing here imports Streamlit.
"""

# The release people quote. Caches and the no-change skip key on etl.build.code_fingerprint() as well,
# so a change to the parsing code invalidates them without anyone remembering to bump this.
ETL_VERSION = "1.1.0"
