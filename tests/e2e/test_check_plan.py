"""Check my plan in Chromium: a fixture plan shows its items, a broken file shows its reason, and the warehouse
and the temporary folder are as they were after both."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.e2e.conftest import free_port_in, settle, shot, start_app, stop_app
from tests.handmade import STANDARD, write_warehouse

pytestmark = pytest.mark.e2e

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "shapes" / "kent-stalking-action-plan.docx"


def tree_state(folder: Path) -> dict[str, str]:
    """Every file under the folder (links followed) with its hash, and every link with its target."""
    state = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            state[key] = "-> " + os.readlink(path)
        elif path.is_file() and path.suffix != ".log":
            state[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


@pytest.fixture(scope="module")
def checking_app(tmp_path_factory):
    warehouse = tmp_path_factory.mktemp("check_wh")
    write_warehouse(warehouse, STANDARD)
    temp = tmp_path_factory.mktemp("check_tmp")
    saved = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = str(temp)  # the app's temporary folders, to see that none is left
    try:
        process, url = start_app(warehouse, temp.parent / "check_streamlit.log", port=free_port_in(8700, 8709))
    finally:
        os.environ.pop("TMPDIR") if saved is None else os.environ.__setitem__("TMPDIR", saved)
    yield url, warehouse, temp
    stop_app(process)


def metric(page, label: str) -> str:
    box = page.locator("[data-testid='stMetric']", has_text=label).first
    return box.locator("[data-testid='stMetricValue']").inner_text().strip()


def test_upload_a_plan_and_a_broken_file_leaves_the_warehouse_as_it_was(page, checking_app):
    url, warehouse, temp = checking_app
    before = tree_state(warehouse)
    page.goto(f"{url}/check_plan")
    settle(page)
    page.wait_for_selector("h1:has-text('Check my plan')")
    upload = page.locator("[data-testid='stFileUploader'] input[type='file']")

    upload.set_input_files(str(FIXTURE))
    page.wait_for_selector("[data-testid='stMetric']:has-text('Sub-items read')", timeout=60_000)
    settle(page)
    assert metric(page, "Force") == "Kent Police"
    assert metric(page, "Sub-items read") == "12"
    body = page.inner_text("body")
    assert "This plan would load" in body and "What the tracker reads, item by item" in body
    assert "How it would change the force's figures" in body
    assert page.locator("[data-testid='stDataFrame']").count() >= 2
    assert not page.locator("[data-testid='stException']").count()
    shot(page, "check_plan_loaded")

    upload.set_input_files(files=[{"name": "kent-stalking-plan.docx", "mimeType": "application/octet-stream",
                                   "buffer": b"PK\x03\x04 this is not a Word document" * 20}])
    page.wait_for_selector("text=This file would not load", timeout=60_000)
    settle(page)
    body = page.inner_text("body")
    assert "corrupt_file" in body and "damaged" in body
    assert not page.locator("[data-testid='stException']").count()
    shot(page, "check_plan_broken")

    assert tree_state(warehouse) == before
    assert not [p.name for p in temp.iterdir() if p.name.startswith("check-plan-")]
