"""The README's data dictionary and the warehouse schema say the same thing."""
import re
from pathlib import Path

from etl.load import TABLES
from tests.handmade import STANDARD, write_warehouse

import duckdb

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def documented_columns(table: str) -> list[str]:
    section = README.split(f"### `{table}`", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"^\| (\w+) \| [A-Z]+ \|", section, flags=re.M)


def test_every_table_and_column_is_documented(tmp_path):
    con = duckdb.connect(str(write_warehouse(tmp_path, STANDARD)), read_only=True)
    try:
        for table in TABLES:
            actual = [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()]
            if table == "plan_items":
                assert "plan_updates" in README.split("### `plan_items`", 1)[1].split("\n### ", 1)[0]
                continue
            assert documented_columns(table) == actual, table
    finally:
        con.close()
