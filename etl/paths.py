"""Default locations, all overridable from the CLI or by callers (tests use tmp dirs)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
RAW_DIR = DATA_DIR / "raw"
SAMPLE_DIR = RAW_DIR / "sample"
WAREHOUSE_DIR = DATA_DIR / "warehouse"
DB_NAME = "plans.duckdb"
# A folder holding this file is a generated sample corpus: every row loaded from it is is_sample.
SAMPLE_MARKER = "SAMPLE_CORPUS.md"
# The sample generator's own answer key, beside the corpus; never read as a plan.
ANSWER_KEY = "_answer_key.csv"
