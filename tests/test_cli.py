"""python -m etl: exit codes, the build summary, and `check`, which writes nothing."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from etl.cli import main
from tests.fixtures import TEMPLATE_LINES, write_template_text

ROOT = Path(__file__).resolve().parent.parent


def test_build_exit_codes(tmp_path, capsys):
    assert main(["build", "--raw", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "wh")]) == 2
    assert "does not exist" in capsys.readouterr().err
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kent.docx").write_bytes(b"broken")
    assert main(["build", "--raw", str(raw), "--warehouse", str(tmp_path / "wh")]) == 2
    write_template_text(raw / "essex.txt", [line.replace("Kent Police", "Essex Police") for line in TEMPLATE_LINES])
    assert main(["build", "--raw", str(raw), "--warehouse", str(tmp_path / "wh")]) == 0
    out = capsys.readouterr().out
    assert "NOT LOADED kent.docx: corrupt_file" in out and "essex" in out and "1 of 2 file(s) loaded" in out
    assert main(["build", "--raw", str(raw), "--warehouse", str(tmp_path / "wh")]) == 0
    assert "up to date" in capsys.readouterr().out


def test_check_reports_items_and_writes_nothing(tmp_path):
    plan = write_template_text(tmp_path / "kent.txt")
    before = sorted(os.listdir(tmp_path))
    run = subprocess.run([sys.executable, "-m", "etl", "check", str(plan)], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "force: kent (file name); items: 7" in run.stdout
    # (16.1 'Action Complete' beside 'We have no PCC of our own.': a force with no commissioner has nothing to commission)
    assert "statuses: bau 1, complete 2, in_progress 2, not_applicable 1, not_started 1" in run.stdout
    line_71 = next(line for line in run.stdout.splitlines() if line.strip().startswith("7.1 "))
    assert 'complete' in line_71 and '"Action Complete"' in line_71  # the words the status was read from
    assert sorted(os.listdir(tmp_path)) == before


def test_check_on_a_bad_file_says_why_and_fails(tmp_path):
    bad = tmp_path / "kent.xlsx"
    bad.write_bytes(b"not excel")
    run = subprocess.run([sys.executable, "-m", "etl", "check", str(bad)], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 3
    assert "ERROR corrupt_file" in run.stdout
