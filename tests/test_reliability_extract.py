"""Issue 13, items 11-13: limits (size before hashing, 30 s, memory per file and per worker), sniffing and
decoding of valid plans the build used to refuse, warnings capped, an address in brackets kept, and the
app opening the warehouse without a check-then-use race."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from etl import build as build_module
from etl.build import process_file, run_build
from etl.extract.guard import MAX_SECONDS_PER_FILE
from tests.fixtures import SIMPLE_HEAD, SIMPLE_ROWS, SIMPLE_EXPECTED, write_csv, write_html, write_xlsx

ROOT = Path(__file__).resolve().parent.parent


def read(path: Path, reference, normaliser):
    result = process_file(path, path.name, reference, normaliser, False)
    return result, {u.item_id: u.status for u in result.updates}, [i.code for i in result.issues]


# ------------------------------------------------------------------------------------- 11. limits

def test_the_size_is_checked_before_hashing(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    write_csv(raw / "kent.csv", SIMPLE_HEAD, SIMPLE_ROWS)
    with open(raw / "essex-huge.txt", "wb") as fh:  # sparse: 3 GB that cost no disk, and must cost no reading
        fh.truncate(3_000_000_000)
    hashed = []
    real = build_module.sha256_of
    monkeypatch.setattr(build_module, "sha256_of", lambda path, *a, **k: hashed.append(Path(path).name) or real(path, *a, **k))
    report = run_build(raw, tmp_path / "wh")
    assert "essex-huge.txt" not in hashed
    huge = next(r for r in report.results if r.source_file == "essex-huge.txt")
    assert [i.code for i in huge.issues] == ["too_large"]


def test_the_time_limit_per_file_is_30_seconds(tmp_path, monkeypatch, reference, normaliser):
    import signal
    import time

    from etl.extract import guard
    from etl.model import ExtractError

    assert MAX_SECONDS_PER_FILE == 30
    alarms = []
    real = guard.signal.setitimer
    monkeypatch.setattr(guard.signal, "setitimer", lambda which, seconds: alarms.append(seconds) or real(which, seconds))
    write_csv(tmp_path / "kent.csv", SIMPLE_HEAD, SIMPLE_ROWS)
    result, statuses, _ = read(tmp_path / "kent.csv", reference, normaliser)  # as the build calls it
    assert alarms == [30, 0] and statuses == SIMPLE_EXPECTED  # armed for 30 s around the parse, then disarmed
    started = time.perf_counter()
    with pytest.raises(ExtractError) as caught:
        with guard.time_limit(1):
            time.sleep(10)
    assert caught.value.code == "timeout" and caught.value.message == "reading took longer than 1 s; refused"
    assert time.perf_counter() - started < 5 and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_workers_are_bounded_by_memory(monkeypatch):
    monkeypatch.setattr(build_module, "available_memory", lambda: 1_000_000_000)
    assert build_module.worker_count(40, 16) == 1
    monkeypatch.setattr(build_module, "available_memory", lambda: 64_000_000_000)
    assert build_module.worker_count(40, 16) == 16 and build_module.worker_count(3, 16) == 3


MEASURE = textwrap.dedent("""
    import json, resource, sys, time
    from pathlib import Path
    from etl.build import process_file
    from etl.normalise.document import DocumentNormaliser
    from etl.reference import load_reference
    reference = load_reference()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    result = process_file(Path(sys.argv[1]), Path(sys.argv[1]).name, reference, DocumentNormaliser(reference), False)
    print(json.dumps({"kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before,
                      "seconds": time.perf_counter() - started, "items": len({u.item_id for u in result.updates}),
                      "codes": sorted({i.code for i in result.issues})}))
""")


def measure(path: Path) -> dict:
    run = subprocess.run([sys.executable, "-c", MEASURE, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_a_csv_line_of_millions_of_fields_stays_small(tmp_path):
    path = write_csv(tmp_path / "kent.csv", SIMPLE_HEAD, SIMPLE_ROWS)
    with open(path, "a") as fh:
        fh.write("," * 12_000_000 + "\n")
    got = measure(path)
    assert got["kb"] < 500_000, got  # the old reader took 1.74 GB
    assert got["items"] == 4 and "line_too_long" in got["codes"], got


def test_html_span_amplification_stays_small(tmp_path):
    cell = '<td colspan="50" rowspan="50">x</td>' * 40
    rows = "".join(f"<tr>{cell}</tr>" for _ in range(1200))  # 48,000 cells: under the tag limit, spans capped
    path = write_html(tmp_path / "kent.html", SIMPLE_ROWS, SIMPLE_HEAD, extra=f"<table>{rows}</table>")
    got = measure(path)
    assert got["kb"] < 500_000, got
    assert got["items"] == 4, got


@pytest.mark.parametrize("extra", ["<div>" * 200_000 + "x" + "</div>" * 200_000,
                                   "<table>" + "<tr><td>x</td></tr>" * 150_000 + "</table>"])
def test_a_page_of_too_many_tags_is_refused_quickly_and_small(tmp_path, extra):
    path = write_html(tmp_path / "kent.html", SIMPLE_ROWS, SIMPLE_HEAD, extra=extra)
    got = measure(path)
    assert got["codes"] == ["too_complex"] and got["seconds"] < 5 and got["kb"] < 200_000, got


# ------------------------------------------------------------------------- 12. sniffing and decoding

def html_plan(title="Kent Police stalking plan", before="") -> str:
    head = "".join(f"<th>{h}</th>" for h in SIMPLE_HEAD)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in SIMPLE_ROWS)
    return f"{before}<html><head><title>{title}</title></head><body><table><tr>{head}</tr>{body}</table></body></html>"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_html_in_utf16_or_utf32_with_a_bom_loads(tmp_path, reference, normaliser, encoding):
    path = tmp_path / "kent.html"
    data = html_plan().encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    result, statuses, codes = read(path, reference, normaliser)
    assert result.format == "html" and statuses == SIMPLE_EXPECTED, codes


def test_html_with_more_than_64kb_before_its_table_loads(tmp_path, reference, normaliser):
    path = tmp_path / "kent.htm"
    path.write_text(html_plan(before="<!-- " + "menu " * 30_000 + " -->\n<script>" + "var x = 1;\n" * 10_000 + "</script>"))
    assert path.stat().st_size > 250_000
    result, statuses, codes = read(path, reference, normaliser)
    assert result.format == "html" and statuses == SIMPLE_EXPECTED, codes


@pytest.mark.parametrize("ending", ["\r", "mixed"])
def test_csv_with_cr_only_or_mixed_line_endings_loads(tmp_path, reference, normaliser, ending):
    path = write_csv(tmp_path / "kent.csv", SIMPLE_HEAD, SIMPLE_ROWS)
    lines = path.read_bytes().replace(b"\r\n", b"\n").split(b"\n")
    if ending == "\r":
        data = b"\r".join(lines)
    else:
        data = b"".join(line + (b"\r", b"\n", b"\r\n")[n % 3] for n, line in enumerate(lines))
    path.write_bytes(data)
    result, statuses, codes = read(path, reference, normaliser)
    assert statuses == SIMPLE_EXPECTED, codes


def test_a_csv_with_a_nul_byte_early_loads(tmp_path, reference, normaliser):
    path = write_csv(tmp_path / "kent.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Kent Police stalking plan\x00",))
    assert b"\x00" in path.read_bytes()[:4096]
    result, statuses, codes = read(path, reference, normaliser)
    assert statuses == SIMPLE_EXPECTED, codes


def test_real_binary_is_still_refused(tmp_path, reference, normaliser):
    path = tmp_path / "kent.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert read(path, reference, normaliser)[2] == ["binary_file"]


def test_an_encrypted_pdf_has_its_own_reason(tmp_path, reference, normaliser):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 10, "Kent Police stalking plan")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    path = tmp_path / "kent.pdf"
    pdf.output(str(path))
    result, _, codes = read(path, reference, normaliser)
    assert codes == ["encrypted_pdf"]
    assert "password" in result.issues[0].message


def test_xlsx_formulas_without_saved_values_are_warned(tmp_path, reference, normaliser):
    rows = [r[:4] + ['=IF(1=1,"Complete","")'] for r in SIMPLE_ROWS]  # openpyxl saves formulas without results
    path = write_xlsx(tmp_path / "kent.xlsx", SIMPLE_HEAD, rows)
    result, _, codes = read(path, reference, normaliser)
    warning = next(i for i in result.issues if i.code == "formula_without_value")
    assert warning.severity == "warning" and "E4" in warning.message and "'Plan'" in warning.message


def test_warnings_per_file_are_capped_with_one_summary(tmp_path, reference, normaliser):
    rows = SIMPLE_ROWS + [["99", f"99.{n}", "A", "x", "Complete"] for n in range(1, 50_001)]
    path = write_csv(tmp_path / "kent.csv", SIMPLE_HEAD, rows)
    result, statuses, codes = read(path, reference, normaliser)
    warnings = [i for i in result.issues if i.severity == "warning"]
    assert len(warnings) <= 201
    summary = [i for i in warnings if i.code == "warnings_capped"]
    assert len(summary) == 1 and "more warnings" in summary[0].message
    assert set(statuses) == set(SIMPLE_EXPECTED)


# ------------------------------------------------------------------------------------ 13. smaller

def test_an_email_address_in_brackets_is_kept_in_update_text(tmp_path, reference, normaliser):
    rows = [r[:3] + ["Contact <j.smith@kent.police.uk> for the policy."] + r[4:] for r in SIMPLE_ROWS]
    path = write_csv(tmp_path / "kent.csv", SIMPLE_HEAD, rows)
    result, _, _ = read(path, reference, normaliser)
    assert {u.update_text for u in result.updates} == {"Contact <j.smith@kent.police.uk> for the policy."}


def test_the_app_opens_the_warehouse_without_a_check_then_use_race(tmp_path, monkeypatch):
    from app import warehouse as app_warehouse

    raw = tmp_path / "raw"
    raw.mkdir()
    write_csv(raw / "kent.csv", SIMPLE_HEAD, SIMPLE_ROWS)
    wh = tmp_path / "wh"
    run_build(raw, wh)
    real = app_warehouse.Warehouse
    calls = []

    def vanishing(path):
        calls.append(path)
        if len(calls) == 1:  # between the app's look at the file and its ATTACH, a rebuild replaces and prunes it
            write_csv(raw / "essex.csv", SIMPLE_HEAD, SIMPLE_ROWS, preamble=("Essex Police",))
            run_build(raw, wh)
            os.unlink(path)
        return real(path)

    monkeypatch.setattr(app_warehouse, "Warehouse", vanishing)
    app_warehouse._current.clear()
    snapshot = app_warehouse.current(wh / "plans.duckdb")
    assert snapshot is not None and snapshot.loaded_count == 2
    app_warehouse._current.clear()
