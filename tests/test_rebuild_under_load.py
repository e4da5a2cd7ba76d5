"""Pages keep being served while the warehouse is rebuilt 20 times: no request fails, none mixes builds,
and a rebuild that fails part-way leaves the previous warehouse serving."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from etl import load as load_module
from etl.build import run_build
from tests.fixtures import SIMPLE_HEAD, SIMPLE_ROWS, write_csv

ROOT = Path(__file__).resolve().parent.parent
# Two shapes of raw folder. A: 2 forces, 4 items each, all done (3 complete, 1 BAU). B: 3 forces.
EXPECTED = {("2", "8"), ("3", "12")}  # (forces reporting, complete incl. BAU): any other pair is a mix
# three done rows whose words say so too (a done status beside "Not begun." is a status_conflict, unknown)
ROWS = [r[:3] + ["The work has been completed.", "Complete"] if n < 3 else r for n, r in enumerate(SIMPLE_ROWS)]


def fill(raw: Path, forces: list[str]) -> None:
    for path in raw.glob("*.csv"):
        path.unlink()
    for name in forces:
        write_csv(raw / f"{name}.csv", SIMPLE_HEAD, ROWS, preamble=(name,))


def test_twenty_rebuilds_while_pages_are_served(tmp_path, monkeypatch):
    raw, warehouse = tmp_path / "raw", tmp_path / "wh"
    raw.mkdir()
    fill(raw, ["kent", "essex"])
    run_build(raw, warehouse, workers=1)
    monkeypatch.setenv("TRACKER_WAREHOUSE", str(warehouse))
    st.cache_data.clear()
    real_write = load_module.write_database
    failures: list[BaseException] = []
    outcomes: list[str] = []

    def rebuild_loop():
        try:
            for n in range(20):
                fill(raw, ["kent", "essex"] if n % 2 else ["kent", "essex", "surrey"])
                if n % 5 == 4:  # every fifth rebuild dies half-way through writing
                    def broken(path, frames):
                        real_write(path, frames)
                        raise OSError("disk full")
                    load_module.write_database = broken
                    try:
                        run_build(raw, warehouse, workers=1)
                        outcomes.append("built?!")
                    except OSError:
                        outcomes.append("failed")
                    finally:
                        load_module.write_database = real_write
                else:
                    run_build(raw, warehouse, workers=1)
                    outcomes.append("built")
                time.sleep(0.05)
        except BaseException as exc:  # surfaced below
            failures.append(exc)

    worker = threading.Thread(target=rebuild_loop)
    worker.start()
    seen, runs = set(), 0
    pages = ["pages/overview.py", "pages/explore.py", "pages/quality.py"]
    while worker.is_alive() or runs < 6:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        if runs % 3:
            at.switch_page(pages[runs % 3])
        at.run()
        assert not at.exception, at.exception[0].value
        if runs % 3 == 0:
            metrics = {m.label: m.value for m in at.metric}
            pair = (metrics["Forces reporting"], metrics["Complete incl. BAU"].split(" of ")[0])
            assert pair in EXPECTED, f"a page mixed two builds: {pair}"
            seen.add(pair)
        runs += 1
    worker.join()
    assert not failures, failures
    assert outcomes.count("built") == 16 and outcomes.count("failed") == 4
    assert runs >= 6
    print(f"\n{runs} page runs during 20 rebuilds (4 failing); views seen: {sorted(seen)}")
