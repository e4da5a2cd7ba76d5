"""Check my plan's reading (no browser): what the build would read, the limits, nothing left behind, and the
force's figures now against the query layer."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from app import plan_check
from app.filters import Filters
from app.warehouse import Warehouse
from tests.handmade import STANDARD, write_warehouse

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "shapes" / "kent-stalking-action-plan.docx"


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_plan_is_read_item_by_item_and_nothing_is_left(private_tmp):
    check = plan_check.check_upload(FIXTURE.name, FIXTURE.read_bytes())
    assert check.loaded and check.force_id == "kent" and check.format == "docx"
    assert len(check.latest) == 12 and check.latest.item_id.is_unique
    assert {"anchor", "granularity", "round", "status", "status_words", "source_row"} <= set(check.latest.columns)
    assert check.latest.anchor.ne("").all() and check.missing_items
    assert list(private_tmp.iterdir()) == []


def test_a_broken_file_says_why_and_limits_are_the_builds(private_tmp):
    broken = plan_check.check_upload("kent-plan.docx", b"PK\x03\x04 not a zip" * 10)
    assert not broken.loaded and broken.errors.code.tolist() == ["corrupt_file"]
    big = plan_check.check_upload("kent-plan.csv", b"x" * 101, max_bytes=100)
    assert big.errors.code.tolist() == ["too_large"]
    odd = plan_check.check_upload("../../kent.exe", b"MZ")
    assert odd.errors.code.tolist() == ["unknown_format"] and odd.name == "kent.exe"
    assert list(private_tmp.iterdir()) == []


def test_safe_name_keeps_only_a_plain_file_name():
    assert plan_check.safe_name("C:\\Users\\me\\kent plan.docx") == "kent plan.docx"
    assert plan_check.safe_name("../../etc/passwd") == "passwd"
    assert plan_check.safe_name("<script>.html") == "_script_.html"


def test_impact_sets_the_published_figures_beside_the_draft(tmp_path):
    directory = tmp_path / "wh"
    write_warehouse(directory, STANDARD)
    wh = Warehouse(directory / "plans.duckdb")
    check = plan_check.check_upload(FIXTURE.name, FIXTURE.read_bytes())
    figures, moved = plan_check.impact(wh, Filters(), check, "kent")
    # Kent's published figures (tests/handmade.py STANDARD): 7.1 and 7.2 complete, 10.1 BAU, 10.2 in progress and
    # past its deadline (27 March 2025)
    now = figures.set_index("measure")["now"]
    assert [now[m] for m in ("Sub-items reported", "Done (complete or BAU)", "In progress", "Not started", "Overdue")] \
        == [4, 3, 1, 0, 1]
    assert now["Completion rate"] == pytest.approx(0.75) and now["Rank among forces"] == "1 of 2"
    # the draft (the fixture plan) in their place: 12 sub-items, 9 done, 2 in progress, 1 not started
    draft = figures.set_index("measure")["with_draft"]
    assert [draft[m] for m in ("Sub-items reported", "Done (complete or BAU)", "In progress", "Not started", "Unknown",
                               "Overdue")] == [12, 9, 2, 1, 0, 3]
    assert draft["Completion rate"] == pytest.approx(9 / 12)
    assert "7.1" not in set(moved.item_id)  # complete in both
    changed = moved.set_index("item_id")
    assert changed.loc["7.2", ["status_now", "status_draft"]].tolist() == ["complete", "in_progress"]
    assert changed.loc["10.1", ["status_now", "status_draft"]].tolist() == ["bau", "(not in draft)"]
    assert changed.loc["17.1", ["status_now", "status_draft"]].tolist() == ["(not in plan)", "not_started"]
    assert len(moved) == 13


def test_an_upload_is_let_go_as_soon_as_it_is_read(monkeypatch):
    """Streamlit keeps an upload's bytes until the browser removes it or the session ends: the page lets them go
    once read (issue 21: each large upload stayed in the server for minutes)."""
    from types import SimpleNamespace

    import streamlit.runtime.scriptrunner as scriptrunner
    from streamlit.proto.Common_pb2 import FileURLs
    from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
    from streamlit.runtime.uploaded_file_manager import UploadedFile, UploadedFileRec

    manager = MemoryUploadedFileManager("/_stcore/upload_file")
    record = UploadedFileRec("file-1", "kent-plan.csv", "text/csv", b"x" * 1_000_000)
    manager.add_file("session-1", record)
    upload, copy = UploadedFile(record, FileURLs()), UploadedFile(record, FileURLs())  # the widget's value, twice
    state = SimpleNamespace(_old_state={"$$ID-draft_plan_0": copy}, _new_session_state={},
                            _new_widget_state=SimpleNamespace(states={}))
    monkeypatch.setattr(scriptrunner, "get_script_run_ctx",
                        lambda: SimpleNamespace(uploaded_file_mgr=manager, session_id="session-1",
                                                session_state=SimpleNamespace(_state=state)))
    plan_check.release_upload(upload)
    assert manager.get_files("session-1", ["file-1"]) == [] and manager._total_bytes == 0
    assert upload.closed and copy.closed  # every copy of the bytes let go, not only the one the page was given


def test_the_page_keeps_the_result_never_the_file(tmp_path, monkeypatch):
    from tests.apptest import open_app

    write_warehouse(tmp_path, STANDARD)
    at = open_app(monkeypatch, tmp_path, "pages/check_plan.py")
    at.file_uploader(key="draft_plan_0").set_value((FIXTURE.name, FIXTURE.read_bytes(), "application/octet-stream")).run()
    assert not at.exception
    assert any("This plan would load" in s.value for s in at.success)
    name, check = at.session_state["_plan_check"]
    assert name == FIXTURE.name and isinstance(check, plan_check.PlanCheck)
    assert not [k for k, v in vars(check).items() if isinstance(v, (bytes, bytearray, memoryview))]
    # the uploader that held the file is gone (with every copy of the file Streamlit made); a fresh one is shown
    assert [u.key for u in at.file_uploader] == ["draft_plan_1"] and at.file_uploader[0].value is None
    at.selectbox(key="check_force").set_value("essex").run()  # a rerun: the result is shown again, not re-read
    assert not at.exception and any("This plan would load" in s.value for s in at.success)
    assert at.session_state["_plan_check"][1] is check


def test_the_server_refuses_an_upload_over_the_documented_limit():
    import tomllib

    from etl.extract.guard import MAX_FILE_BYTES

    config = tomllib.loads((Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml").read_text())
    limit_mb = config["server"]["maxUploadSize"]  # Streamlit counts it in MiB: 25 MiB admits a 25 MB plan
    assert limit_mb == MAX_FILE_BYTES // 1_000_000 == 25
