"""A small warehouse written row by row (not through the ETL), for the query layer's and the pages' tests."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from etl.load import publish
from etl.reference import load_reference

D = dt.date


def update(force_id, item_id, status, round_="March 2025", round_date=D(2025, 3, 1), round_seq=1, text="", pct=None,
           source="stated", is_sample=False, owner="Lead", row=2, granularity="item"):
    return dict(force_id=force_id, item_id=item_id, rec_no=int(item_id.split(".")[0]), round=round_,
                round_date=round_date, round_seq=round_seq, owner=owner, update_text=text or f"{force_id} on {item_id}",
                status=status, status_raw="" if source != "stated" else status, progress_pct=pct,
                status_source=source, status_confidence=1.0 if source == "stated" else 0.8, status_evidence="",
                update_date=None, source_file=f"{force_id}.csv", source_table="csv", source_row=row,
                is_sample=is_sample, granularity=granularity, anchor="number" if granularity == "item" else "heading")


def write_warehouse(directory: Path, updates: list[dict], build_id: str = "test-build") -> Path:
    reference = load_reference()
    plan_updates = pd.DataFrame(updates)
    files = plan_updates.groupby("source_file").agg(force_id=("force_id", "first"), items=("item_id", "nunique"),
                                                    rounds=("round", "nunique"), is_sample=("is_sample", "all"))
    sources = files.reset_index().assign(format="csv", sha256="0" * 64, size_bytes=100, loaded=True,
                                         force_method="file name", errors=0, warnings=0)
    recommendations = pd.DataFrame(list(reference.recommendations))
    recommendations["rec_no"] = recommendations["rec_no"].astype(int)
    recommendations["deadline"] = pd.to_datetime(recommendations["deadline"]).dt.date
    frames = {
        "forces": pd.DataFrame(list(reference.forces)),
        "recommendations": recommendations,
        "plan_updates": plan_updates,
        "sources": sources,
        "load_issues": pd.DataFrame([{"source_file": "broken.docx", "force_id": None, "severity": "error",
                                      "code": "corrupt_file", "message": "damaged zip", "location": ""},
                                     {"source_file": "kent.csv", "force_id": "kent", "severity": "warning",
                                      "code": "duplicate_item", "message": "item 7.1 is listed again; the first is kept",
                                      "location": "csv, row 5"}]),
        "build_info": pd.DataFrame([{"build_id": build_id, "built_at": dt.datetime(2026, 11, 1, 9, 30),
                                     "etl_version": "test", "reference_fingerprint": "x", "input_fingerprint": build_id,
                                     "source_count": len(sources) + 1, "loaded_count": len(sources),
                                     "item_rows": len(plan_updates),
                                     "sample_only": bool(plan_updates.is_sample.all())}]),
    }
    directory.mkdir(parents=True, exist_ok=True)
    publish(directory, frames, build_id)
    return directory / "plans.duckdb"


# Kent: 3 of 4 items done (75%). Essex: 1 complete, 1 BAU, 1 not started, 1 not applicable (2 of 3 = 67%).
# Essex's 7.1 moved from not started (March 2025) to complete (March 2026).
STANDARD = [
    update("kent", "7.1", "complete"), update("kent", "7.2", "complete"), update("kent", "10.1", "bau"),
    update("kent", "10.2", "in_progress", pct=50, text="=HYPERLINK(\"http://x\",\"click\") <script>alert(1)</script>"),
    update("essex", "7.1", "not_started"),
    update("essex", "7.1", "complete", round_="March 2026", round_date=D(2026, 3, 1), round_seq=2,
           text="Essex finished the recording change."),
    update("essex", "7.2", "bau"), update("essex", "10.1", "not_started"), update("essex", "10.2", "not_applicable"),
]
