"""Issue 20: `etl review export` then `etl review apply` round-trips through a CSV edited as Excel saves it (a BOM,
CRLF line ends, dates as 03/12/2026, 'March 2026' turned into 'Mar-26', blank rows), and the build applies it."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import duckdb
import pytest

from etl.build import run_build
from etl.cli import main
from etl.paths import SAMPLE_DIR

FILL = ("status", "action", "reason", "reviewer", "reviewed_at")


def query(warehouse: Path, sql: str):
    con = duckdb.connect(str(warehouse / "plans.duckdb"), read_only=True)
    try:
        return con.execute(sql).df()
    finally:
        con.close()


@pytest.fixture
def built(tmp_path):
    warehouse, corrections = tmp_path / "wh", tmp_path / "corrections.csv"
    run_build(SAMPLE_DIR, warehouse, corrections=corrections)
    return warehouse, corrections


def export(warehouse: Path, out: Path) -> list[dict]:
    assert main(["review", "export", "--warehouse", str(warehouse), "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with its BOM
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def save_as_excel(path: Path, rows: list[dict], header: list[str]) -> None:
    """As Excel writes 'CSV UTF-8': a BOM, CRLF, and a row left empty at the end."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(c, "") for c in header])
    writer.writerow([""] * len(header))
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def test_export_then_apply_round_trips_through_a_csv_saved_by_excel(built, tmp_path, capsys):
    warehouse, corrections = built
    queue_csv = tmp_path / "queue.csv"
    rows = export(warehouse, queue_csv)
    header = list(rows[0])
    assert set(FILL) <= set(header) and {"why", "moves", "excerpt", "source_sha256"} <= set(header)
    assert all(not r["status"] and r["source_sha256"] for r in rows)
    assert [int(r["moves"]) for r in rows] == sorted((int(r["moves"]) for r in rows), reverse=True)
    tbc = next(r for r in rows if r["status_raw"] == "TBC")  # the sample's status word that maps to nothing
    assert {"unknown_with_words", "unmapped_status"} & set(tbc["why"].split("; "))
    inferred = [r for r in rows if r["why"] == "inferred" and r["read_status"] not in ("complete", "bau")
                and r["moves"] != "0" and r is not tbc][:2]
    assert len(inferred) == 2
    before = query(warehouse, "SELECT count(*) FILTER (WHERE status IN ('complete', 'bau')) AS done FROM plan_items").done[0]

    tbc.update(status="complete", reason="the minutes say it is done", reviewer="A. Analyst", reviewed_at="03/12/2026")
    assert tbc["round"] == "March 2026"
    tbc["round"] = "Mar-26"  # what Excel makes of 'March 2026'
    for row in inferred:
        row.update(status="Complete", reason="confirmed with the force", reviewed_at="03/12/2026")
    save_as_excel(queue_csv, rows, header)

    assert main(["review", "apply", str(queue_csv), "--corrections", str(corrections), "--warehouse", str(warehouse),
                 "--reviewer", "B. Reviewer"]) == 0
    assert "appended 3 correction(s)" in capsys.readouterr().out
    written = list(csv.DictReader(corrections.open(encoding="utf-8")))
    assert len(written) == 3
    assert {r["reviewed_at"] for r in written} == {"2026-12-03"}  # day first, stored ISO
    assert written[0]["round"] == "March 2026" and written[0]["status"] == "complete"
    assert [r["reviewer"] for r in written] == ["A. Analyst", "B. Reviewer", "B. Reviewer"]

    run_build(SAMPLE_DIR, warehouse, corrections=corrections)
    reviewed = query(warehouse, "SELECT force_id, item_id, round, status, reader_status FROM plan_updates "
                                "WHERE status_source = 'reviewed'")
    assert len(reviewed) == 3 and set(reviewed.status) == {"complete"}
    after = query(warehouse, "SELECT count(*) FILTER (WHERE status IN ('complete', 'bau')) AS done FROM plan_items").done[0]
    assert after == before + sum(r["read_status"] not in ("complete", "bau") for r in [tbc, *inferred])
    again = export(warehouse, tmp_path / "queue2.csv")  # settled readings leave the queue
    keys = {(r["force_id"], r["item_id"], r["round"]) for r in again}
    assert not keys & set(zip(reviewed.force_id, reviewed.item_id, reviewed["round"]))
    assert len(again) == len(rows) - 3


def test_apply_refuses_every_row_when_one_is_bad(built, tmp_path, capsys):
    warehouse, corrections = built
    queue_csv = tmp_path / "queue.csv"
    rows = export(warehouse, queue_csv)
    rows[0].update(status="complete", reason="ok", reviewer="A")
    rows[1].update(status="finished", reason="ok", reviewer="A")  # not a status
    rows[2].update(status="complete", reviewer="A")  # no reason
    save_as_excel(queue_csv, rows, list(rows[0]))
    assert main(["review", "apply", str(queue_csv), "--corrections", str(corrections),
                 "--warehouse", str(warehouse)]) == 3
    err = capsys.readouterr().err
    assert "line 3: status 'finished'" in err and "line 4: no reason" in err and "nothing appended" in err
    assert not corrections.exists()


def test_an_untouched_queue_appends_nothing(built, tmp_path, capsys):
    warehouse, corrections = built
    queue_csv = tmp_path / "queue.csv"
    export(warehouse, queue_csv)
    assert main(["review", "apply", str(queue_csv), "--corrections", str(corrections)]) == 0
    assert "nothing appended" in capsys.readouterr().out and not corrections.exists()
    assert main(["review", "export", "--warehouse", str(tmp_path / "none"), "--out", str(queue_csv)]) == 2
